using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace MexcTrader.Web.Simulator;

/// <summary>
/// The simulated exchange behind MEXC-compatible REST endpoints on its own small web app, so the real MEXC client can
/// run end to end on loopback (tests, demo mode).
/// </summary>
public static class MexcWireSimulator
{
    public static async Task<SimulatorHandle> StartAsync(WireSimulatorOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Candles.Count == 0)
        {
            throw new ArgumentException("The simulator needs candles to replay.", nameof(options));
        }
        var candles = options.Candles.OrderBy(c => c.OpenTime).ToList();
        var clock = new ReplayClock(candles[0].OpenTime);
        var exchange = new SimulatedExchange(clock, options.Exchange, options.Seed);
        foreach (var group in candles.GroupBy(c => c.Symbol))
        {
            exchange.AddSymbol(
                options.Rules.FirstOrDefault(r => r.Symbol == group.Key) ?? DefaultRules(options, group.First())
            );
        }
        foreach (var (asset, amount) in options.Balances)
        {
            exchange.Deposit(asset, amount);
        }
        var replay = new MarketReplay(exchange, clock, candles, options.Replay);
        var faults = new FaultInjector(options.Seed);
        var app = SimulatorApp.Build(options, exchange, replay, faults);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        var stopping = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (options.ReplayOnStart)
        {
            started.SetResult();
        }
        var replayTask = Task.Run(
            async () =>
            {
                await started.Task.WaitAsync(stopping.Token).ConfigureAwait(false);
                await replay.RunAsync(TimeProvider.System, stopping.Token).ConfigureAwait(false);
            },
            CancellationToken.None
        );
        return new SimulatorHandle(
            app,
            new Uri(address.TrimEnd('/') + "/"),
            exchange,
            replay,
            faults,
            replayTask,
            started,
            stopping
        );
    }

    private static SimulatedSymbolRules DefaultRules(WireSimulatorOptions options, Candle first)
    {
        var rules = SimulatedSymbolRules.ForPair(first.Symbol, first.Open);
        return options.Fees is { } fees
            ? rules with
            {
                MakerCommission = fees.Maker,
                TakerCommission = fees.Taker,
            }
            : rules;
    }
}
