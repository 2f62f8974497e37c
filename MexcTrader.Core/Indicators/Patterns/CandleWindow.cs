namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>The last few candles in a ring allocated once; <c>back</c> 0 is the newest candle.</summary>
internal sealed class CandleWindow
{
    private readonly double[] _open;
    private readonly double[] _high;
    private readonly double[] _low;
    private readonly double[] _close;
    private int _newest = -1;

    public CandleWindow(int capacity)
    {
        _open = new double[capacity];
        _high = new double[capacity];
        _low = new double[capacity];
        _close = new double[capacity];
    }

    public void Add(double open, double high, double low, double close)
    {
        _newest = _newest + 1 == _open.Length ? 0 : _newest + 1;
        _open[_newest] = open;
        _high[_newest] = high;
        _low[_newest] = low;
        _close[_newest] = close;
    }

    private int Slot(int back)
    {
        var slot = _newest - back;
        return slot < 0 ? slot + _open.Length : slot;
    }

    public double Open(int back) => _open[Slot(back)];

    public double High(int back) => _high[Slot(back)];

    public double Low(int back) => _low[Slot(back)];

    public double Close(int back) => _close[Slot(back)];

    /// <summary>TA_CANDLECOLOR: 1 for white (close ≥ open), −1 for black.</summary>
    public int Color(int back) => Close(back) >= Open(back) ? 1 : -1;

    public double RealBody(int back) => Math.Abs(Close(back) - Open(back));

    public double UpperShadow(int back) => High(back) - (Color(back) == 1 ? Close(back) : Open(back));

    public double LowerShadow(int back) => (Color(back) == 1 ? Open(back) : Close(back)) - Low(back);

    public double BodyTop(int back) => Math.Max(Close(back), Open(back));

    public double BodyBottom(int back) => Math.Min(Close(back), Open(back));

    /// <summary>TA_CANDLERANGE: the part of the candle a setting measures.</summary>
    public double Range(CandleRangeType type, int back) =>
        type switch
        {
            CandleRangeType.RealBody => RealBody(back),
            CandleRangeType.HighLow => High(back) - Low(back),
            _ => UpperShadow(back) + LowerShadow(back),
        };
}
