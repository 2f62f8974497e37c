using MexcTrader.Core.Indicators;

namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>The streaming indicators and event detectors of the technical agent for one pair: O(1) per candle.</summary>
public sealed class TechnicalFeatures : IPairFeature
{
    private readonly TechnicalParameters _p;
    private readonly PivotDivergence _rsiDivergence;
    private readonly PivotDivergence _macdDivergence;
    private TechnicalEvents _events;
    private int _maSide;
    private bool? _sarLong;
    private int _barsSinceSqueeze = int.MaxValue;

    public TechnicalFeatures(TechnicalParameters parameters)
    {
        _p = parameters;
        FastMa = new Ema(parameters.FastMaPeriod);
        SlowMa = new Ema(parameters.SlowMaPeriod);
        Adx = new Adx(parameters.AdxPeriod);
        Rsi = new Rsi(parameters.RsiPeriod);
        Macd = new Macd(parameters.MacdFast, parameters.MacdSlow, parameters.MacdSignal);
        Stochastic = new Stochastic(parameters.StochPeriod);
        Bollinger = new BollingerBands(
            parameters.BollingerPeriod,
            parameters.BollingerDeviations,
            parameters.BollingerDeviations
        );
        BandwidthAverage = new Sma(parameters.SqueezeAveragePeriod);
        Atr = new Atr(parameters.AtrPeriod);
        Obv = new Obv();
        ObvAverage = new Ema(parameters.VolumePeriod);
        VolumeAverage = new Sma(parameters.VolumePeriod);
        Mfi = new Mfi(parameters.MfiPeriod);
        Sar = new ParabolicSar();
        _rsiDivergence = new PivotDivergence(parameters.PivotSpan, parameters.DivergenceMaxBars);
        _macdDivergence = new PivotDivergence(parameters.PivotSpan, parameters.DivergenceMaxBars);
        WarmUp =
            Math.Max(
                Math.Max(SlowMa.Lookback, Adx.Lookback),
                Math.Max(Macd.Lookback, Bollinger.Lookback + BandwidthAverage.Lookback)
            ) + 1;
    }

    public int WarmUp { get; }
    public Ema FastMa { get; }
    public Ema SlowMa { get; }
    public Adx Adx { get; }
    public Rsi Rsi { get; }
    public Macd Macd { get; }
    public Stochastic Stochastic { get; }
    public BollingerBands Bollinger { get; }
    public Sma BandwidthAverage { get; }
    public Atr Atr { get; }
    public Obv Obv { get; }
    public Ema ObvAverage { get; }
    public Sma VolumeAverage { get; }
    public Mfi Mfi { get; }
    public ParabolicSar Sar { get; }
    public double Close { get; private set; }
    public double Bandwidth { get; private set; } = double.NaN;
    public bool InSqueeze { get; private set; }

    /// <summary>Events of the newest candle.</summary>
    public TechnicalEvents Events => _events;

    public void Update(in Bar bar)
    {
        Close = bar.Close;
        FastMa.Update(bar.Close);
        SlowMa.Update(bar.Close);
        Adx.Update(bar.High, bar.Low, bar.Close);
        Rsi.Update(bar.Close);
        Macd.Update(bar.Close);
        Stochastic.Update(bar.High, bar.Low, bar.Close);
        Atr.Update(bar.High, bar.Low, bar.Close);
        ObvAverage.Update(Obv.Update(bar.Close, bar.Volume));
        VolumeAverage.Update(bar.Volume);
        Mfi.Update(bar.High, bar.Low, bar.Close, bar.Volume);
        Sar.Update(bar.High, bar.Low);
        _events = default;
        DetectCrossover();
        DetectSarFlip();
        DetectSqueezeBreakout(bar.Close);
        _rsiDivergence.Update(bar.High, bar.Low, Rsi.Value);
        _macdDivergence.Update(bar.High, bar.Low, Macd.Value);
        _events.RsiDivergence = _rsiDivergence.Signal;
        _events.MacdDivergence = _macdDivergence.Signal;
    }

    private void DetectCrossover()
    {
        if (!SlowMa.IsReady)
        {
            return;
        }
        var side = Math.Sign(FastMa.Value - SlowMa.Value);
        if (side != 0 && _maSide != 0 && side != _maSide)
        {
            _events.MaCrossover = side;
        }
        _maSide = side == 0 ? _maSide : side;
    }

    private void DetectSarFlip()
    {
        if (!Sar.IsReady)
        {
            return;
        }
        if (_sarLong is { } wasLong && wasLong != Sar.IsLong)
        {
            _events.SarFlip = Sar.IsLong ? 1 : -1;
        }
        _sarLong = Sar.IsLong;
    }

    private void DetectSqueezeBreakout(double close)
    {
        if (!Bollinger.Update(close) || Bollinger.Middle == 0)
        {
            return;
        }
        Bandwidth = (Bollinger.Upper - Bollinger.Lower) / Bollinger.Middle;
        var average = BandwidthAverage.Value;
        InSqueeze = BandwidthAverage.IsReady && Bandwidth < _p.SqueezeRatio * average;
        BandwidthAverage.Update(Bandwidth);
        // A breakout counts while the squeeze ended recently (bands widen on the breakout candle itself).
        if (_barsSinceSqueeze <= _p.PivotSpan + 2)
        {
            if (close > Bollinger.Upper)
            {
                _events.SqueezeBreakout = 1;
                _barsSinceSqueeze = int.MaxValue;
            }
            else if (close < Bollinger.Lower)
            {
                _events.SqueezeBreakout = -1;
                _barsSinceSqueeze = int.MaxValue;
            }
        }
        _barsSinceSqueeze =
            InSqueeze ? 0
            : _barsSinceSqueeze == int.MaxValue ? int.MaxValue
            : _barsSinceSqueeze + 1;
    }
}
