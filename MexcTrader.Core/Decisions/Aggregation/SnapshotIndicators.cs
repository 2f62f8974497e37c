using MexcTrader.Core.Indicators;
using MexcTrader.Core.Signals;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>
/// The streaming values a snapshot reports for a pair, kept on its <see cref="PairState"/> so a cycle reads them in
/// O(1). Created on first use and seeded from the window already held, so it is warm at once.
/// </summary>
internal sealed class SnapshotIndicators : IPairFeature
{
    private readonly Atr _atr;
    private readonly Rsi _rsi;
    private readonly Ema _ema;
    private readonly Sma _volume;
    private readonly RollingExtreme _high;
    private readonly RollingExtreme _low;

    private SnapshotIndicators(AggregatorOptions options)
    {
        _atr = new Atr(options.AtrPeriod);
        _rsi = new Rsi(options.RsiPeriod);
        _ema = new Ema(options.EmaPeriod);
        _volume = new Sma(options.ShortWindow);
        _high = new RollingExtreme(options.LongWindow, max: true);
        _low = new RollingExtreme(options.LongWindow, max: false);
        Keys = [$"RSI({options.RsiPeriod})", $"ATR({options.AtrPeriod})", $"EMA({options.EmaPeriod})"];
    }

    /// <summary>Indicator names, in the order of <see cref="Values"/>.</summary>
    public string[] Keys { get; }

    public double Atr => _atr.Value;
    public double VolumeMean => _volume.Value;
    public double High => _high.Value;
    public double Low => _low.Value;

    /// <summary>The feature key for these options: one instance per pair and set of periods.</summary>
    public static string KeyFor(AggregatorOptions options) =>
        $"snapshot:{options.AtrPeriod}:{options.RsiPeriod}:{options.EmaPeriod}:{options.ShortWindow}:{options.LongWindow}";

    public static SnapshotIndicators For(PairState state, AggregatorOptions options, string key) =>
        state.Feature(
            key,
            () =>
            {
                var created = new SnapshotIndicators(options);
                for (var back = (int)Math.Min(state.Count, state.Capacity) - 1; back >= 0; back--)
                {
                    created.Update(state[back]);
                }
                return created;
            }
        );

    /// <summary>A new array of the current values (NaN while warming up, which the snapshot leaves out).</summary>
    public double[] Values() => [_rsi.Value, _atr.Value, _ema.Value];

    public void Update(in Bar bar)
    {
        _atr.Update(bar.High, bar.Low, bar.Close);
        _rsi.Update(bar.Close);
        _ema.Update(bar.Close);
        _volume.Update(bar.Volume);
        _high.Add(bar.High);
        _low.Add(bar.Low);
    }
}
