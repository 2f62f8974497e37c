using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Engines;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.Processing;
using MexcTrader.Core.Signals;

namespace MexcTrader.Web.Engine;

/// <summary>
/// One run of the pipeline for all enabled pairs: MEXC WebSocket klines → <see cref="CandleProcessor"/> (close,
/// store, back-fill) → per-pair agents and recorded signals → decision cycles (snapshot → engine → risk → records →
/// journal). Runs until cancelled, then shuts every stage down in order.
/// </summary>
internal sealed class EngineSession(EngineServices s, ILogger log)
{
    private readonly List<PairPipeline> _pairs = [];
    private readonly Dictionary<Symbol, SymbolRules> _rules = [];

    public async Task RunAsync(CancellationToken ct)
    {
        var options = s.Options;
        var interval = options.DecisionInterval;
        var enabled = (await s.Pairs.ListAsync(ct).ConfigureAwait(false)).Where(p => p.Enabled).ToList();
        if (enabled.Count == 0)
        {
            s.Status.SetState(EngineRunState.Faulted, "No pair is enabled: add or enable pairs on the Pairs page.");
            return;
        }
        var symbols = enabled.Select(p => p.Symbol).ToList();
        using var settings = EngineSettingsBinding.Bind(s);
        var opened = await MarketConnection
            .OpenAsync(options, s.Configuration, s.Secrets, s.Logs, symbols, ct)
            .ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            s.Status.SetState(EngineRunState.Faulted, opened.Failure.Message);
            return;
        }
        await using var connection = opened.Value;
        using var execution = SessionExecution.Create(s, connection);
        // restore and reconcile before any new order can be sent
        var recovered = await execution.Recovery.RecoverAsync(resendNeverLanded: false, ct).ConfigureAwait(false);
        if (recovered.Differences.Count > 0)
        {
            log.LogWarning(
                "Engine: recovery found {Count} difference(s) with the venue: {Differences}",
                recovered.Differences.Count,
                string.Join("; ", recovered.Differences.Select(d => $"{d.Kind} {d.Symbol}: {d.Detail}"))
            );
        }
        s.Execution.Set(execution);
        var runner = new AgentRunner(s.Clock, options.AgentTimeout);
        var since = new Dictionary<Symbol, DateTimeOffset?>();
        foreach (var symbol in symbols)
        {
            since[symbol] = await AddPairAsync(connection, symbol, interval, runner, ct).ConfigureAwait(false);
        }
        s.Status.RemovePairsExcept([.. symbols.Select(x => x.Value)]);

        await using var processor = new CandleProcessor(
            s.Loader,
            new StoreGapBackfill(new GapFiller(new MexcKlineSource(connection.Rest), s.Loader, s.Gaps), s.Reader),
            TimeProvider.System,
            log: s.Logs.CreateLogger<CandleProcessor>()
        );
        var market = new MexcMarketStream(new MexcRestKlineHistory(connection.Rest), TimeProvider.System);
        var channels = symbols.Select(x => market.TrackKlines(x, interval, since[x])).ToList();
        await using var socket = new MexcWebSocketClient(
            new MexcWebSocketOptions { Endpoint = connection.WebSocketUrl },
            market,
            TimeProvider.System,
            s.Logs.CreateLogger<MexcWebSocketClient>()
        );
        await socket.SubscribeAsync(channels, ct).ConfigureAwait(false);

        var coordinator = new CycleCoordinator(
            options.Mode == EngineMode.Demo
                ? TimeSpan.FromMilliseconds(
                    Math.Min(options.CycleTimeout.TotalMilliseconds, 4 * options.DemoCandleMilliseconds)
                )
                : options.CycleTimeout,
            TimeProvider.System
        );
        var cycles = new DecisionCycleRunner(
            s,
            execution,
            Pipeline(),
            _rules,
            options.Mode == EngineMode.Demo,
            interval,
            log
        );
        s.Status.SetState(EngineRunState.Running, Describe(options), s.Clock.GetUtcNow());
        var work = new List<Task>
        {
            ForwardAsync(market, processor, ct),
            coordinator.RunAsync(Active, (openTime, token) => cycles.RunAsync(_pairs, openTime, token), ct),
            MaintainAsync(execution, ct),
        };
        work.AddRange(
            _pairs.Select(p =>
                p.RunAsync(
                    processor.ClosedCandles(p.State.Symbol, interval).ReadAllAsync(ct),
                    async (candle, token) =>
                    {
                        await execution.OnClosedCandleAsync(candle, token).ConfigureAwait(false);
                        await coordinator.ReportAsync(candle.Symbol, candle.OpenTime, token).ConfigureAwait(false);
                    },
                    ct
                )
            )
        );
        if (connection.ReplayEnded is { } ended)
        {
            work.Add(ReportReplayEndAsync(ended, ct));
        }
        try
        {
            await Task.WhenAll(work).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            s.Execution.Set(null);
        }
    }

    /// <summary>Order polling, time-outs, the kill switch's cancels and the equity curve, on a timer.</summary>
    private async Task MaintainAsync(SessionExecution execution, CancellationToken ct)
    {
        var every =
            s.Options.Mode == EngineMode.Demo
                ? TimeSpan.FromMilliseconds(Math.Max(50, 2 * s.Options.DemoCandleMilliseconds))
                : s.Options.OrderPollInterval;
        using var timer = new PeriodicTimer(every, s.Clock);
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            try
            {
                await execution.MaintainAsync(s.Risk.State, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // a failing poll costs this round, not the engine
                log.LogWarning(e, "Engine: order maintenance failed");
            }
        }
    }

    private IReadOnlyCollection<Symbol> Active() =>
        [.. _pairs.Where(p => p.IsActive && p.IsWarm).Select(p => p.State.Symbol)];

    private DecisionPipeline Pipeline()
    {
        var rules = new RuleDecisionEngine(s.RuleSettings.Current);
        IDecisionEngine engine = s.LlmSettings.Current.Enabled
            ? new FallbackDecisionEngine(s.Llm, rules, s.LlmHealth)
            : rules;
        return new DecisionPipeline(engine, s.Risk);
    }

    /// <returns>The open time live candles are wanted from (the one after the warm-up), or null for "from now on".</returns>
    private async Task<DateTimeOffset?> AddPairAsync(
        MarketConnection connection,
        Symbol symbol,
        Interval interval,
        AgentRunner runner,
        CancellationToken ct
    )
    {
        var state = new PairState(symbol, interval, capacity: 500);
        var agents = new List<ISignalAgent>();
        var views = await s.AgentSettings.ListAsync(symbol, ct).ConfigureAwait(false);
        foreach (var view in views.IsSuccess ? views.Value.Where(v => v.Enabled) : [])
        {
            var created = s.Catalog.Find(view.AgentId)?.Create(state, view.Parameters);
            if (created is { IsSuccess: true })
            {
                agents.Add(created.Value);
            }
            else
            {
                log.LogWarning(
                    "Engine: agent {Agent} not run on {Symbol}: {Failure}",
                    view.AgentId,
                    symbol,
                    created?.Failure
                );
            }
        }
        var accuracy = await s.Signals.AccuracyAsync(symbol, null, ct).ConfigureAwait(false);
        var pipeline = new PairPipeline(
            new PairAgents(state, agents),
            accuracy,
            runner,
            s.Recorder,
            s.Control,
            s.Status,
            log
        );
        _pairs.Add(pipeline);
        s.Status.SetPair(symbol.Value, interval.ToCode(), s.Control.PairState(symbol));
        var rules = await connection.Rest.GetSymbolRulesAsync(symbol, ct).ConfigureAwait(false);
        if (rules.IsSuccess)
        {
            _rules[symbol] = rules.Value;
        }
        else
        {
            log.LogWarning(
                "Engine: no exchange rules for {Symbol} ({Failure}); its orders are refused",
                symbol,
                rules.Failure
            );
        }
        if (s.Options.WarmupCandles == 0)
        {
            return null;
        }
        var page = await connection
            .Rest.GetKlinePageAsync(symbol, interval, null, null, s.Options.WarmupCandles + 1, ct)
            .ConfigureAwait(false);
        if (!page.IsSuccess || page.Value.Count < 2)
        {
            return null;
        }
        // the newest kline may still be running: it comes again from the live stream
        var closed = page.Value.Take(page.Value.Count - 1).ToList();
        pipeline.Warm(closed);
        return interval.NextOpen(closed[^1].OpenTime);
    }

    private static async Task ForwardAsync(MexcMarketStream market, CandleProcessor processor, CancellationToken ct)
    {
        await foreach (var candle in market.ClosedCandles.ReadAllAsync(ct).ConfigureAwait(false))
        {
            processor.Post(candle);
        }
    }

    private async Task ReportReplayEndAsync(Task ended, CancellationToken ct)
    {
        await ended.WaitAsync(ct).ConfigureAwait(false);
        s.Status.SetState(
            EngineRunState.Running,
            "Demo: the bundled sample has been replayed to its end; restart the engine to replay it again."
        );
    }

    private static string Describe(EngineOptions options) =>
        options.Mode switch
        {
            EngineMode.Demo =>
                $"Demo: the bundled sample replayed, one {options.Interval} candle every {options.DemoCandleMilliseconds} ms.",
            EngineMode.Paper => "Paper: live MEXC market data; nothing is sent to the exchange.",
            _ => $"Live: MEXC with the stored key; orders capped at {options.MaxOrderValueUsdt} USDT each.",
        };
}
