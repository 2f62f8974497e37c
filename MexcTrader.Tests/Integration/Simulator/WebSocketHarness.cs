using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>A wire simulator plus the real REST client and a WebSocket market stream pointed at its /ws.</summary>
internal sealed class WebSocketHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private WebSocketHarness(SimulatorHandle sim, ServiceProvider services)
    {
        Sim = sim;
        _services = services;
        Rest = services.GetRequiredService<MexcRestClient>();
    }

    public SimulatorHandle Sim { get; }

    public MexcRestClient Rest { get; }

    public Uri WebSocketUrl => new(Sim.BaseUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "ws");

    public static IReadOnlyList<Candle> Minutes(Symbol symbol, int count) =>
        [
            .. CandleFileReader
                .Read(SharedData.File("data/binance-spot/BTCUSDT-1m.csv.gz"), symbol, Interval.OneMinute)
                .Value.Candles.Take(count),
        ];

    public static async Task<WebSocketHarness> StartAsync(
        IReadOnlyList<Candle> candles,
        ReplayOptions replay,
        bool replayOnStart = true
    )
    {
        var sim = await MexcWireSimulator.StartAsync(
            new WireSimulatorOptions
            {
                ApiKey = SimulatorFixture.ApiKey,
                ApiSecret = SimulatorFixture.Secret,
                Candles = candles,
                Replay = replay,
                ReplayOnStart = replayOnStart,
                KlineLimitMax = 1000,
                Balances = new Dictionary<string, decimal> { ["USDT"] = 100_000m },
            },
            CancellationToken.None
        );
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Mexc:RestBaseUrl"] = sim.BaseUrl.ToString(),
                    ["Mexc:KlinePageLimit"] = "1000",
                }
            )
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IMexcCredentials>(
                new StaticMexcCredentials(new MexcApiKey(SimulatorFixture.ApiKey, SimulatorFixture.Secret))
            );
        services.AddMexcClient();
        return new WebSocketHarness(sim, services.BuildServiceProvider());
    }

    public MexcWebSocketClient Client(
        IMexcStreamSink sink,
        Func<CancellationToken, Task<Uri>>? endpoint = null,
        TimeProvider? clock = null,
        Func<MexcWebSocketOptions, MexcWebSocketOptions>? tune = null
    )
    {
        var options = new MexcWebSocketOptions
        {
            Endpoint = WebSocketUrl,
            ReconnectDelayMin = TimeSpan.FromMilliseconds(5),
            ReconnectDelayMax = TimeSpan.FromMilliseconds(100),
            PingInterval = TimeSpan.FromSeconds(2),
        };
        return new(
            tune?.Invoke(options) ?? options,
            sink,
            clock ?? TimeProvider.System,
            NullLogger<MexcWebSocketClient>.Instance,
            endpoint
        );
    }

    public MexcMarketStream Market() =>
        new(new MexcRestKlineHistory(Rest), TimeProvider.System) { RetryDelay = _ => TimeSpan.FromMilliseconds(20) };

    public static async Task Until(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
