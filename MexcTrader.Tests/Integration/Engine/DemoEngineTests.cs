using System.Net;
using System.Text.Json;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk;
using MexcTrader.Web.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Engine;

/// <summary>The demo engine end to end: wire simulator → MEXC clients → processing → agents → decision cycles.</summary>
public sealed class DemoEngineTests
{
    private static readonly string[] Pairs = ["BTCUSDT", "ETHUSDT", "SOLUSDT"];

    [Fact]
    public async Task DemoEngine_SeveralPairsAtHighSpeed_StoresCandlesRecordsSignalsAndDecidesCycles()
    {
        await using var factory = new DemoEngineFactory();
        using var client = factory.CreateClient();
        await factory.FollowAsync(Pairs);

        using var started = await client.PostAsync(new Uri("/api/v1/engine/start", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await factory.UntilAsync(
            v => v.Counters.Cycles >= 20 && v.Pairs.Values.All(p => p.LastCandle is not null) && v.Counters.Signals > 0,
            "20 cycles with candles of every pair and some signals"
        );

        var view = factory.Status.Current;
        Assert.Equal(EngineMode.Demo, view.Mode);
        Assert.Equal(EngineRunState.Running, view.State);
        Assert.Equal(Pairs, view.Pairs.Keys);
        Assert.All(view.Pairs.Values, p => Assert.Equal(EngineRunState.Running, p.State));
        Assert.False(view.Portfolio.CashOnly);
        await using (var db = await Contexts(factory).CreateDbContextAsync())
        {
            foreach (var symbol in Pairs)
            {
                Assert.True(await db.Candles.AnyAsync(c => c.Symbol == new Symbol(symbol)), $"{symbol} candles stored");
            }
            Assert.True(await db.Signals.AnyAsync(), "signals recorded");
        }
        var cycles = factory.Journal.Cycles;
        Assert.True(cycles.Count >= 20, $"{cycles.Count} cycles journaled");
        // every cycle has one record per pair in its snapshot, each with a verdict, at the market's time
        Assert.All(cycles, c => Assert.Equal(c.Snapshot.Pairs.Count, c.Outcome.Records.Count));
        Assert.Contains(cycles, c => c.Snapshot.Pairs.Count == Pairs.Length);
        Assert.All(
            cycles,
            c => Assert.True(c.Snapshot.Time.Year < 2026 || c.Snapshot.Time < DateTimeOffset.UtcNow.AddDays(-30))
        );
        Assert.Equal(cycles.Count, cycles.Select(c => c.Snapshot.CycleId).Distinct().Count());

        using var status = await client.GetAsync(new Uri("/api/v1/engine", UriKind.Relative));
        using var json = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
        Assert.Equal("Running", json.RootElement.GetProperty("state").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("pairs").EnumerateObject().Count());
    }

    [Fact]
    public async Task DemoEngine_PausePairKillAndStop_AreHonoured()
    {
        await using var factory = new DemoEngineFactory();
        using var client = factory.CreateClient();
        await factory.FollowAsync(Pairs);
        factory.Control.Start();
        await factory.UntilAsync(v => v.Counters.Cycles >= 5 && v.Pairs.Count == 3, "5 cycles");

        using var paused = await client.PostAsync(
            new Uri("/api/v1/engine/pairs/btcusdt/pause", UriKind.Relative),
            null
        );
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(EngineRunState.Paused, factory.Status.Current.Pairs["BTCUSDT"].State);
        var afterPause = factory.Journal.Cycles.Count;
        await factory.UntilAsync(_ => factory.Journal.Cycles.Count >= afterPause + 10, "10 cycles after the pause");
        // a cycle already waiting may still hold BTC; the later ones must not
        Assert.All(
            factory.Journal.Cycles.Skip(afterPause + 2),
            c => Assert.DoesNotContain(c.Snapshot.Pairs, p => p.Symbol.Value == "BTCUSDT")
        );

        using var killed = await client.PostAsync(new Uri("/api/v1/engine/kill", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, killed.StatusCode);
        Assert.Equal(TradingState.Halted, factory.Status.Current.TradingState);
        Assert.True(factory.Status.Current.Breakers["kill-switch"].Tripped);
        var afterKill = factory.Journal.Cycles.Count;
        await factory.UntilAsync(_ => factory.Journal.Cycles.Count >= afterKill + 5, "5 cycles after the kill switch");
        var halted = factory.Journal.Cycles.Skip(afterKill).ToList();
        Assert.All(halted, c => Assert.Equal(TradingState.Halted, c.Snapshot.Portfolio.TradingState));
        Assert.All(
            halted.SelectMany(c => c.Outcome.Records).Where(r => r.Action == DecisionAction.Buy),
            r => Assert.Equal(RiskOutcome.Rejected, r.Outcome)
        );

        using var stopped = await client.PostAsync(new Uri("/api/v1/engine/stop", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, stopped.StatusCode);
        await factory.UntilAsync(v => v.State == EngineRunState.Stopped, "the engine to stop");
        var candles = factory.Status.Current.Counters.Candles;
        var journaled = factory.Journal.Cycles.Count;
        await Task.Delay(500);
        Assert.Equal(candles, factory.Status.Current.Counters.Candles);
        Assert.Equal(journaled, factory.Journal.Cycles.Count);
    }

    [Fact]
    public async Task EngineApi_UnknownPairOrAction_ClearErrors()
    {
        await using var factory = new DemoEngineFactory();
        using var client = factory.CreateClient();

        using var unknownPair = await client.PostAsync(
            new Uri("/api/v1/engine/pairs/XRPUSDT/pause", UriKind.Relative),
            null
        );
        using var badSymbol = await client.PostAsync(new Uri("/api/v1/engine/pairs/x!/pause", UriKind.Relative), null);
        using var badAction = await client.PostAsync(new Uri("/api/v1/engine/explode", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, unknownPair.StatusCode);
        Assert.Contains(
            "does not run XRPUSDT",
            await unknownPair.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.BadRequest, badSymbol.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badAction.StatusCode);
        Assert.Contains(
            "start, pause, stop, kill, release",
            await badAction.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(EngineRunState.Stopped, factory.Status.Current.State);
    }

    [Fact]
    public async Task DemoEngine_NoPairEnabled_FaultsWithAClearMessage()
    {
        await using var factory = new DemoEngineFactory();
        _ = factory.Services;
        factory.Control.Start();

        await factory.UntilAsync(v => v.State == EngineRunState.Faulted, "the engine to refuse");
        Assert.Contains("No pair is enabled", factory.Status.Current.Message, StringComparison.Ordinal);
    }

    private static IDbContextFactory<TradingDbContext> Contexts(DemoEngineFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
}
