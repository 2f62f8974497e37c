namespace MexcTrader.Core.Indicators;

/// <summary>
/// Slow stochastic as TA-Lib STOCH with SMA smoothing: fastK = 100·(close − LL)/(HH − LL) over the last
/// <c>fastK</c> rows (0 when HH = LL), slowK = SMA(fastK), slowD = SMA(slowK).
/// </summary>
public sealed class Stochastic
{
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;
    private readonly Sma _slowK;
    private readonly Sma _slowD;
    private int _rows;

    public Stochastic(int fastKPeriod = 14, int slowKPeriod = 3, int slowDPeriod = 3)
    {
        FastKPeriod = Guard.Period(fastKPeriod, nameof(fastKPeriod));
        _slowK = new Sma(Guard.Period(slowKPeriod, nameof(slowKPeriod)));
        _slowD = new Sma(Guard.Period(slowDPeriod, nameof(slowDPeriod)));
        _highest = new RollingExtreme(fastKPeriod, max: true);
        _lowest = new RollingExtreme(fastKPeriod, max: false);
    }

    public int FastKPeriod { get; }
    public int Lookback => FastKPeriod - 1 + _slowK.Lookback + _slowD.Lookback;
    public bool IsReady => _slowD.IsReady;
    public double SlowK { get; private set; } = double.NaN;
    public double SlowD { get; private set; } = double.NaN;

    /// <summary>Adds one candle; returns true once slow %K and %D have values.</summary>
    public bool Update(double high, double low, double close)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        _highest.Add(high);
        _lowest.Add(low);
        if (_rows < FastKPeriod - 1)
        {
            _rows++;
            return false;
        }
        var fastK = FastK(close, _highest.Value, _lowest.Value);
        var slowK = _slowK.Update(fastK);
        if (!_slowK.IsReady)
        {
            return false;
        }
        var slowD = _slowD.Update(slowK);
        if (!_slowD.IsReady)
        {
            return false;
        }
        SlowK = slowK;
        SlowD = slowD;
        return true;
    }

    /// <summary>TA-Lib's fast %K: divides by (HH − LL)/100, 0 when the range is exactly zero.</summary>
    internal static double FastK(double close, double highest, double lowest)
    {
        var range = (highest - lowest) / 100.0;
        return range != 0.0 ? (close - lowest) / range : 0.0;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> slowK,
        Span<double> slowD,
        int fastKPeriod = 14,
        int slowKPeriod = 3,
        int slowDPeriod = 3
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, slowK.Length, nameof(slowK));
        Guard.SameLength(high.Length, slowD.Length, nameof(slowD));
        var stoch = new Stochastic(fastKPeriod, slowKPeriod, slowDPeriod);
        for (var i = 0; i < high.Length; i++)
        {
            stoch.Update(high[i], low[i], close[i]);
            slowK[i] = stoch.SlowK;
            slowD[i] = stoch.SlowD;
        }
    }
}
