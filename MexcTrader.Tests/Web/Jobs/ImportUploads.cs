using System.Net.Http.Headers;
using System.Text;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Web.Jobs;

/// <summary>Builds candle uploads from the shared real data and waits for their jobs.</summary>
internal static class ImportUploads
{
    /// <summary>The header and the first <paramref name="rows"/> rows of MEXC's real BTCUSDT 1h file.</summary>
    public static string[] RealLines(int rows) =>
        [.. File.ReadLines(SharedData.File("data/mexc-spot/BTCUSDT-1h.csv")).Take(rows + 1)];

    public static MultipartFormDataContent Form(
        string[] lines,
        string? symbol,
        string? interval,
        string name = "BTCUSDT-1h.csv"
    )
    {
        var form = new MultipartFormDataContent();
        var text = lines.Length == 0 ? "" : string.Join('\n', lines) + "\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        AddField(form, "symbol", symbol);
        AddField(form, "interval", interval);
        return form;
    }

    public static void AddField(MultipartFormDataContent form, string name, string? value)
    {
        if (value is not null)
        {
            form.Add(new StringContent(value), name);
        }
    }

    /// <summary>Polls until the condition holds (jobs run on Hangfire's own threads).</summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last seen: {value}");
            }
            await Task.Delay(100);
        }
    }
}
