using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.MarketData;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Benchmarks;

/// <summary>
/// One REST round trip of the real client (resilience pipeline, rate-limit gate, signing, JSON) to the wire simulator
/// on loopback. One request per iteration, 5,000 iterations, so the P50/P95/P99 columns are per-request latencies.
/// Run without <c>--job</c> (a job given there is added beside this one):
/// <c>dotnet run -c Release --project benchmarks/MexcTrader.Benchmarks -- --filter '*MexcRestRoundTrip*'</c>.
/// </summary>
[Config(typeof(PerRequestConfig))]
public class MexcRestRoundTripBenchmarks
{
    private const string ApiKey = "mx0aBYs33eIilxBWC5";
    private const string Secret = "45d0b3c26f2644f19bfb98b07741b2f5";
    private SimulatorHandle _sim = null!;
    private ServiceProvider _services = null!;
    private MexcRestClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sim = MexcWireSimulator
            .StartAsync(
                new WireSimulatorOptions
                {
                    ApiKey = ApiKey,
                    ApiSecret = Secret,
                    Candles = FlatCandles(),
                    Balances = new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BTC"] = 1m },
                },
                CancellationToken.None
            )
            .GetAwaiter()
            .GetResult();
        _sim.ReplayTask.GetAwaiter().GetResult();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mexc:RestBaseUrl"] = _sim.BaseUrl.ToString() })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IMexcCredentials>(new StaticMexcCredentials(new MexcApiKey(ApiKey, Secret)));
        services.AddLogging();
        services.AddMexcClient();
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<MexcRestClient>();
        // the first signed call syncs the clock; keep that out of the measured requests
        if (!_client.GetAccountAsync(CancellationToken.None).GetAwaiter().GetResult().IsSuccess)
        {
            throw new InvalidOperationException("The simulator refused the warm-up account call.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _sim.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "GET /api/v3/time")]
    public async Task<DateTimeOffset> ServerTime() =>
        (await _client.GetServerTimeAsync(CancellationToken.None).ConfigureAwait(false)).Value;

    [Benchmark(Description = "GET /api/v3/account (signed)")]
    public async Task<int> Account() =>
        (await _client.GetAccountAsync(CancellationToken.None).ConfigureAwait(false)).Value.Balances.Count;

    private static List<Candle> FlatCandles()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return
        [
            .. Enumerable
                .Range(0, 48)
                .Select(h => new Candle(
                    new Symbol("BTCUSDT"),
                    Interval.OneHour,
                    start.AddHours(h),
                    90_000m,
                    90_100m,
                    89_900m,
                    90_000m,
                    10m,
                    900_000m
                )),
        ];
    }

    private sealed class PerRequestConfig : ManualConfig
    {
        public PerRequestConfig()
        {
            AddJob(
                Job.Default.WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1)
                    .WithWarmupCount(200)
                    .WithIterationCount(5_000)
                    .WithInvocationCount(1)
                    .WithUnrollFactor(1)
            );
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
            // single requests are far below BenchmarkDotNet's 100 ms iteration advice, on purpose
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}

/// <summary>Signing cost of one typical order query (recvWindow, timestamp, HMAC-SHA256, hex), with allocations.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class MexcSignerBenchmarks
{
    private const string Secret = "45d0b3c26f2644f19bfb98b07741b2f5";
    private readonly MexcQuery _orderQuery = new MexcQuery()
        .Add("symbol", "BTCUSDT")
        .Add("origClientOrderId", "0f8c1d2e3a4b5c6d7e8f90a1b2c3d4e5");

    [Benchmark]
    public string SignOrderQuery() => MexcSigner.SignQuery(_orderQuery, Secret, 1_700_000_000_000, 5_000);
}

/// <summary>A percentile BenchmarkDotNet has no ready column for (P99).</summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => "P" + percentile;

    public string ColumnName => "P" + percentile;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"{percentile}th percentile of the iteration times";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }
        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return (nanoseconds / 1_000_000).ToString("0.000 'ms'", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
