namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// A TA-Lib candlestick pattern, streaming: each <see cref="Update"/> adds one candle and returns TA-Lib's integer
/// (100 bullish, −100 bearish, ±80 for the weaker engulfing/harami forms, 0 none). Inside the lookback it returns 0
/// and <see cref="IsReady"/> is false.
/// </summary>
public abstract class CandlePattern
{
    private readonly PeriodTotal[] _totals;
    private int _rows;

    private protected CandlePattern(int lookback, params PeriodTotal[] totals)
    {
        Lookback = lookback;
        _totals = totals;
        Candles = new CandleWindow(lookback + 1);
    }

    public int Lookback { get; }
    public bool IsReady => _rows > Lookback;
    public int Value { get; private set; }

    private protected CandleWindow Candles { get; }

    public int Update(double open, double high, double low, double close)
    {
        Guard.Finite(open, nameof(open));
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Candles.Add(open, high, low, close);
        if (_rows < Lookback)
        {
            _rows++;
            return Value;
        }
        if (_rows == Lookback)
        {
            _rows++;
            foreach (var total in _totals)
            {
                total.Start(Candles);
            }
        }
        Value = Evaluate();
        foreach (var total in _totals)
        {
            total.Advance(Candles);
        }
        return Value;
    }

    /// <summary>The pattern's value for the newest candle, with the period totals as they stand before it.</summary>
    private protected abstract int Evaluate();

    /// <summary>Drives a pattern over whole columns; rows inside the lookback get 0.</summary>
    private protected static void Run(
        CandlePattern pattern,
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    )
    {
        Guard.Finite(open, nameof(open));
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.SameLength(open.Length, high.Length, nameof(high));
        Guard.SameLength(open.Length, low.Length, nameof(low));
        Guard.SameLength(open.Length, close.Length, nameof(close));
        Guard.SameLength(open.Length, output.Length, nameof(output));
        for (var i = 0; i < open.Length; i++)
        {
            output[i] = pattern.Update(open[i], high[i], low[i], close[i]);
        }
    }
}
