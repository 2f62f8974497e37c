namespace MexcTrader.Core.Indicators;

/// <summary>
/// Stochastic RSI as TA-Lib STOCHRSI: RSI(period), then the fast stochastic on it: fastK over the last
/// <c>fastK</c> RSI values (0 when they are all equal), fastD = SMA(fastK). Lookback period + fastK−1 + fastD−1.
/// </summary>
public sealed class StochRsi
{
    private readonly Rsi _rsi;
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;
    private readonly Sma _fastD;
    private int _rsiRows;

    public StochRsi(int period = 14, int fastKPeriod = 14, int fastDPeriod = 3)
    {
        _rsi = new Rsi(period);
        FastKPeriod = Guard.Period(fastKPeriod, nameof(fastKPeriod));
        _fastD = new Sma(Guard.Period(fastDPeriod, nameof(fastDPeriod)));
        _highest = new RollingExtreme(fastKPeriod, max: true);
        _lowest = new RollingExtreme(fastKPeriod, max: false);
    }

    public int FastKPeriod { get; }
    public int Lookback => _rsi.Lookback + FastKPeriod - 1 + _fastD.Lookback;
    public bool IsReady => _fastD.IsReady;
    public double FastK { get; private set; } = double.NaN;
    public double FastD { get; private set; } = double.NaN;

    /// <summary>Adds one value; returns true once fast %K and %D have values.</summary>
    public bool Update(double value)
    {
        var rsi = _rsi.Update(value);
        if (!_rsi.IsReady)
        {
            return false;
        }
        _highest.Add(rsi);
        _lowest.Add(rsi);
        if (_rsiRows < FastKPeriod - 1)
        {
            _rsiRows++;
            return false;
        }
        var fastK = Stochastic.FastK(rsi, _highest.Value, _lowest.Value);
        var fastD = _fastD.Update(fastK);
        if (!_fastD.IsReady)
        {
            return false;
        }
        FastK = fastK;
        FastD = fastD;
        return true;
    }

    public static void Batch(
        ReadOnlySpan<double> input,
        Span<double> fastK,
        Span<double> fastD,
        int period = 14,
        int fastKPeriod = 14,
        int fastDPeriod = 3
    )
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, fastK.Length, nameof(fastK));
        Guard.SameLength(input.Length, fastD.Length, nameof(fastD));
        var stochRsi = new StochRsi(period, fastKPeriod, fastDPeriod);
        for (var i = 0; i < input.Length; i++)
        {
            stochRsi.Update(input[i]);
            fastK[i] = stochRsi.FastK;
            fastD[i] = stochRsi.FastD;
        }
    }
}
