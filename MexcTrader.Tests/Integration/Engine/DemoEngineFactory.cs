using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.MarketData;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Engine;

/// <summary>The real host with the demo engine replaying the bundled sample fast, cycles kept in a <see cref="RecordingJournal"/>.</summary>
public sealed class DemoEngineFactory(
    int candleMilliseconds = 25,
    bool autoStart = false,
    bool useKestrel = false,
    bool seedDemoData = false,
    IReadOnlyDictionary<string, string>? settings = null
) : MexcTraderFactory(seedDemoData: seedDemoData, useKestrel: useKestrel)
{
    public RecordingJournal Journal { get; } = new();

    public EngineStatus Status => Services.GetRequiredService<EngineStatus>();

    public EngineControl Control => Services.GetRequiredService<EngineControl>();

    public EngineExecution Execution => Services.GetRequiredService<EngineExecution>();

    public IExecutionStore ExecutionStore => Services.GetRequiredService<IExecutionStore>();

    /// <summary>Polls an async condition (store reads, venue calls) until it holds.</summary>
    public static async Task UntilTrueAsync(Func<Task<bool>> condition, string what, int seconds = 90)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}");
            }
            await Task.Delay(50);
        }
    }

    public async Task FollowAsync(params string[] symbols)
    {
        var pairs = Services.GetRequiredService<TradingPairService>();
        foreach (var symbol in symbols)
        {
            var added = await pairs.AddAsync(
                new TradingPairDraft(new Symbol(symbol), true, [Interval.OneHour]),
                CancellationToken.None
            );
            Assert.True(added.IsSuccess, added.Failure?.Message);
        }
    }

    public async Task UntilAsync(Func<EngineView, bool> condition, string what, int seconds = 60)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (!condition(Status.Current))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                var pairs = string.Join("; ", Status.Current.Pairs.Values);
                throw new TimeoutException($"Timed out waiting for {what}; engine: {Status.Current}; pairs: {pairs}");
            }
            await Task.Delay(20);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Engine:AutoStart", autoStart ? "true" : "false");
        builder.UseSetting(
            "Engine:DemoCandleMilliseconds",
            candleMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        builder.UseSetting("Engine:CycleTimeout", "00:00:02");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(s => s.AddSingleton<IDecisionJournal>(Journal));
    }
}
