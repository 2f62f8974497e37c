namespace MexcTrader.Core.Indicators;

/// <summary>
/// Ichimoku Kinko Hyo. Tenkan = midpoint of the last 9 highs/lows, kijun = of the last 26, senkou A = (tenkan+kijun)/2,
/// senkou B = midpoint of the last 52, chikou = the close.
/// Shifting: the leading spans computed at candle t belong on the chart at t + displacement and the chikou at
/// t − displacement (the classic definition; TradingView draws the leading spans one candle earlier,
/// displacement − 1). Streaming exposes the unshifted values of the newest candle plus <see cref="CloudA"/> and
/// <see cref="CloudB"/>, the leading spans that belong at the newest candle. Batch outputs are chart-aligned.
/// </summary>
public sealed class Ichimoku
{
    private readonly RollingExtreme _tenkanHigh;
    private readonly RollingExtreme _tenkanLow;
    private readonly RollingExtreme _kijunHigh;
    private readonly RollingExtreme _kijunLow;
    private readonly RollingExtreme _senkouHigh;
    private readonly RollingExtreme _senkouLow;
    private readonly double[] _pendingA;
    private readonly double[] _pendingB;
    private int _slot;
    private long _rows;

    public Ichimoku(int tenkanPeriod = 9, int kijunPeriod = 26, int senkouBPeriod = 52, int displacement = 26)
    {
        TenkanPeriod = Guard.Period(tenkanPeriod, nameof(tenkanPeriod));
        KijunPeriod = Guard.Period(kijunPeriod, nameof(kijunPeriod));
        SenkouBPeriod = Guard.Period(senkouBPeriod, nameof(senkouBPeriod));
        Displacement = Guard.Period(displacement, nameof(displacement));
        _tenkanHigh = new RollingExtreme(tenkanPeriod, max: true);
        _tenkanLow = new RollingExtreme(tenkanPeriod, max: false);
        _kijunHigh = new RollingExtreme(kijunPeriod, max: true);
        _kijunLow = new RollingExtreme(kijunPeriod, max: false);
        _senkouHigh = new RollingExtreme(senkouBPeriod, max: true);
        _senkouLow = new RollingExtreme(senkouBPeriod, max: false);
        _pendingA = new double[displacement];
        _pendingB = new double[displacement];
        _pendingA.AsSpan().Fill(double.NaN);
        _pendingB.AsSpan().Fill(double.NaN);
    }

    public int TenkanPeriod { get; }
    public int KijunPeriod { get; }
    public int SenkouBPeriod { get; }
    public int Displacement { get; }

    /// <summary>Index of the first candle where every unshifted line (tenkan, kijun, senkou A and B) has a value.</summary>
    public int Lookback => Math.Max(Math.Max(TenkanPeriod, KijunPeriod), SenkouBPeriod) - 1;

    public bool IsReady => _rows > Lookback;
    public double Tenkan { get; private set; } = double.NaN;
    public double Kijun { get; private set; } = double.NaN;
    public double SenkouA { get; private set; } = double.NaN;
    public double SenkouB { get; private set; } = double.NaN;
    public double Chikou { get; private set; } = double.NaN;

    /// <summary>Senkou A computed <see cref="Displacement"/> candles ago: the cloud edge drawn at the newest candle.</summary>
    public double CloudA { get; private set; } = double.NaN;

    /// <summary>Senkou B computed <see cref="Displacement"/> candles ago.</summary>
    public double CloudB { get; private set; } = double.NaN;

    public void Update(double high, double low, double close)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        _tenkanHigh.Add(high);
        _tenkanLow.Add(low);
        _kijunHigh.Add(high);
        _kijunLow.Add(low);
        _senkouHigh.Add(high);
        _senkouLow.Add(low);
        _rows++;
        Tenkan = _rows >= TenkanPeriod ? (_tenkanHigh.Value + _tenkanLow.Value) / 2.0 : double.NaN;
        Kijun = _rows >= KijunPeriod ? (_kijunHigh.Value + _kijunLow.Value) / 2.0 : double.NaN;
        SenkouA = (Tenkan + Kijun) / 2.0; // NaN until both exist
        SenkouB = _rows >= SenkouBPeriod ? (_senkouHigh.Value + _senkouLow.Value) / 2.0 : double.NaN;
        Chikou = close;
        // The ring holds the spans of the last `displacement` candles; the oldest is the one due now.
        CloudA = _pendingA[_slot];
        CloudB = _pendingB[_slot];
        _pendingA[_slot] = SenkouA;
        _pendingB[_slot] = SenkouB;
        if (++_slot == Displacement)
        {
            _slot = 0;
        }
    }

    /// <summary>
    /// Chart-aligned lines: row i holds tenkan/kijun of candle i, the leading spans computed at i − displacement
    /// (spans projected past the last candle are not written), and chikou = close[i + displacement] (NaN for the last
    /// <c>displacement</c> rows).
    /// </summary>
    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> tenkan,
        Span<double> kijun,
        Span<double> senkouA,
        Span<double> senkouB,
        Span<double> chikou,
        int tenkanPeriod = 9,
        int kijunPeriod = 26,
        int senkouBPeriod = 52,
        int displacement = 26
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, tenkan.Length, nameof(tenkan));
        Guard.SameLength(high.Length, kijun.Length, nameof(kijun));
        Guard.SameLength(high.Length, senkouA.Length, nameof(senkouA));
        Guard.SameLength(high.Length, senkouB.Length, nameof(senkouB));
        Guard.SameLength(high.Length, chikou.Length, nameof(chikou));
        var ichimoku = new Ichimoku(tenkanPeriod, kijunPeriod, senkouBPeriod, displacement);
        for (var i = 0; i < high.Length; i++)
        {
            ichimoku.Update(high[i], low[i], close[i]);
            tenkan[i] = ichimoku.Tenkan;
            kijun[i] = ichimoku.Kijun;
            senkouA[i] = ichimoku.CloudA;
            senkouB[i] = ichimoku.CloudB;
            chikou[i] = i + displacement < close.Length ? close[i + displacement] : double.NaN;
        }
    }
}
