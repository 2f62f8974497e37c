using System.Text;
using MexcTrader.Core.Domain;
using MexcTrader.Web.Jobs;

namespace MexcTrader.Tests.Web.Components.Pages;

/// <summary>Stands in for the Hangfire launcher: records what the page hands over, or fails on demand.</summary>
internal sealed class RecordingLauncher : IImportJobLauncher
{
    public List<(string JobId, string FileName, Symbol Symbol, Interval Interval, string Content)> Calls { get; } = [];

    public Exception? Failure { get; set; }

    public async Task<string> EnqueueAsync(
        Stream upload,
        string fileName,
        Symbol symbol,
        Interval interval,
        CancellationToken ct
    )
    {
        using var reader = new StreamReader(upload, Encoding.UTF8);
        var content = await reader.ReadToEndAsync(ct);
        if (Failure is not null)
        {
            throw Failure;
        }
        var jobId = $"job-{Calls.Count + 1}";
        Calls.Add((jobId, fileName, symbol, interval, content));
        return jobId;
    }
}
