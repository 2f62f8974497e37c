using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MexcTrader.Tests.Core.Exchange.Simulated;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>A wire simulator on a real loopback port, replaying 48 real BTCUSDT hours to the end before tests run.</summary>
public class SimulatorFixture : IAsyncLifetime
{
    public const string ApiKey = "mx0aBYs33eIilxBWC5";
    public const string Secret = "45d0b3c26f2644f19bfb98b07741b2f5";

    public SimulatorHandle Sim { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sim = await MexcWireSimulator.StartAsync(
            new WireSimulatorOptions
            {
                ApiKey = ApiKey,
                ApiSecret = Secret,
                Candles = MarketReplayTests.RealCandles(48),
                Balances = new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BTC"] = 1m },
            },
            CancellationToken.None
        );
        await Sim.ReplayTask;
        Http = new HttpClient { BaseAddress = Sim.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }

    public static string Sign(string totalParams, string secret = Secret) =>
        Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(totalParams))
        );

    public static string Now() =>
        DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A signed request with every parameter in the query string, timestamp added, signature last.</summary>
    public static HttpRequestMessage SignedRequest(
        HttpMethod method,
        string path,
        string query,
        string? timestamp = null,
        string secret = Secret
    )
    {
        var text = (query.Length > 0 ? query + "&" : "") + "recvWindow=5000&timestamp=" + (timestamp ?? Now());
        var request = new HttpRequestMessage(method, $"api/v3/{path}?{text}&signature={Sign(text, secret)}");
        request.Headers.Add("X-MEXC-APIKEY", ApiKey);
        return request;
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    public Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string query) =>
        SendAsync(SignedRequest(method, path, query));

    public async Task<JsonElement> GetAsync(string pathAndQuery)
    {
        var text = await Http.GetStringAsync(new Uri("api/v3/" + pathAndQuery, UriKind.Relative));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static MediaTypeHeaderValue Form => new("application/x-www-form-urlencoded");
}
