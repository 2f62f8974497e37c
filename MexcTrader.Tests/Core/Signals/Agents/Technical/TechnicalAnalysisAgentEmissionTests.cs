using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;

namespace MexcTrader.Tests.Core.Signals.Agents.Technical;

public sealed class TechnicalAnalysisAgentEmissionTests
{
    private static readonly Lazy<Bar[]> Minutes = new(() =>
        RealBars.Read("data/binance-spot/BTCUSDT-1m.csv.gz")[..30_000]
    );

    [Fact]
    public void Evaluate_OnRealMinuteCandles_EmitsOnChangesOnlyAndAllocatesOnlyForSignals()
    {
        var bars = Minutes.Value;
        var state = new PairState(new Symbol("BTCUSDT"), Interval.OneMinute);
        var sut = new TechnicalAnalysisAgent(state, new TechnicalParameters());
        for (var i = 0; i < 2_000; i++)
        {
            state.Add(bars[i]);
            sut.Evaluate(state);
        }
        var signals = new List<Signal>();
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 2_000; i < bars.Length; i++)
        {
            state.Add(bars[i]);
            if (sut.Evaluate(state) is { } signal)
            {
                signals.Add(signal);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var candles = bars.Length - 2_000;
        Assert.InRange(signals.Count, 50, candles / 8);
        // A signal (record, rationale, features) costs a few KB; 28,000 quiet candles must add next to nothing.
        Assert.True(allocated < signals.Count * 4_096L + 64 * 1024, $"{allocated} B for {signals.Count} signals");
    }

    [Fact]
    public void Evaluate_WhenEventDoesNotTriggerSignal_CarriesItIntoTheNextSignal()
    {
        var bars = Minutes.Value;
        var state = new PairState(new Symbol("BTCUSDT"), Interval.OneMinute);
        var sut = new TechnicalAnalysisAgent(state, new TechnicalParameters());
        var quietSarFlips = 0;
        var carried = 0;
        var pendingSar = false;

        foreach (var bar in bars)
        {
            state.Add(bar);
            var signal = sut.Evaluate(state);
            pendingSar |= sut.Features.Events.SarFlip != 0 && state.Count >= sut.WarmUp;
            if (signal is null)
            {
                quietSarFlips += sut.Features.Events.SarFlip != 0 && state.Count >= sut.WarmUp ? 1 : 0;
                continue;
            }
            if (pendingSar)
            {
                Assert.NotEqual(0, signal.Features["event.SarFlip"]);
                Assert.Contains("SAR flip", signal.Rationale, StringComparison.Ordinal);
                carried++;
            }
            pendingSar = false;
        }

        Assert.True(quietSarFlips > 100, $"{quietSarFlips} SAR flips without a signal");
        Assert.True(carried > 50, $"{carried} signals carried a SAR flip");
    }
}
