using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.History;

/// <summary>Real candles, a wire simulator serving them and the real MEXC client pointed at it.</summary>
internal static class HistoryKit
{
    public static readonly Symbol Sol = new("SOLUSDT");

    /// <summary>
    /// The first <paramref name="count"/> real SOLUSDT hours, with the quote volume the simulator derives when a file has
    /// none, so a candle served over the wire equals its source record field for field.
    /// </summary>
    public static IReadOnlyList<Candle> SolHours(int count) =>
        [
            .. CandleFileReader
                .Read(SharedData.File("data/binance-spot/SOLUSDT-1h.csv"), Sol, Interval.OneHour)
                .Value.Candles.Take(count)
                .Select(c => c with { QuoteVolume = Math.Round(c.Volume * (c.High + c.Low + c.Close) / 3, 8) }),
        ];

    public static async Task<SimulatorHandle> StartSimulatorAsync(IReadOnlyList<Candle> market)
    {
        var sim = await MexcWireSimulator.StartAsync(
            new WireSimulatorOptions
            {
                ApiKey = "mx0history",
                ApiSecret = "45d0b3c26f2644f19bfb98b07741b2f5",
                Candles = market,
            },
            CancellationToken.None
        );
        await sim.ReplayTask; // klines are served up to the replay clock: let it reach the end
        return sim;
    }

    public static ServiceProvider MexcClient(Uri baseUrl, out MexcRestClient client)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mexc:RestBaseUrl"] = baseUrl.ToString() })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddMexcClient();
        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<MexcRestClient>();
        return provider;
    }

    public static GapFiller Filler(TestDatabase db, IKlineSource source) =>
        new(source, CandleBulkLoaders.For(db.Connection), new GapDetector(db.ContextFactory));
}
