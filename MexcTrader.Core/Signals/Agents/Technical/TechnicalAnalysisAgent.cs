namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>
/// Indicator confluence (trend, momentum, volatility, volume) plus trend/reversal events into one score, smoothed by
/// an EMA of <see cref="TechnicalParameters.ScoreSmoothing"/> candles. Computes the
/// score on every closed candle but emits a signal only when the view changes meaningfully: the first ready candle;
/// the direction flips (bullish once the score passes +<see cref="TechnicalParameters.DirectionBand"/>, bearish once
/// it passes −band: the hysteresis keeps a score hovering near zero from flapping); the score moved by
/// <see cref="TechnicalParameters.EmitThreshold"/> since the last signal; or an MA crossover (a trend formation)
/// fires. Other events (divergences, squeeze breakouts, SAR flips) are carried into the next signal's rationale and features,
/// so none is lost. Per-candle work without a signal allocates nothing.
/// </summary>
public sealed class TechnicalAnalysisAgent : ISignalAgent
{
    public const string AgentId = "technical";
    public const int AgentVersion = 1;

    private readonly TechnicalParameters _parameters;
    private readonly TechnicalFeatures _features;
    private readonly double _smoothing;
    private double _smoothed = double.NaN;
    private double _lastScore = double.NaN;
    private int _lastDirection;
    private TechnicalEvents _pending;

    public TechnicalAnalysisAgent(PairState state, TechnicalParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(state);
        _parameters = parameters;
        _smoothing = 2.0 / (parameters.ScoreSmoothing + 1);
        // Keyed by parameters so that two differently-tuned instances on one pair keep separate indicators.
        _features = state.Feature($"{AgentId}:{parameters.GetHashCode()}", () => new TechnicalFeatures(parameters));
    }

    public string Id => AgentId;
    public int Version => AgentVersion;
    public object Parameters => _parameters;
    public int WarmUp => _features.WarmUp;

    /// <summary>The indicators and detectors this agent reads (for tests and the UI).</summary>
    public TechnicalFeatures Features => _features;

    /// <summary>The latest score, computed on every candle whether or not a signal is emitted.</summary>
    public TechnicalScore LastScore { get; private set; }

    public Signal? Evaluate(PairState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Count < WarmUp)
        {
            return null;
        }
        var raw = TechnicalScore.From(_features, _parameters);
        // One-candle indicator wiggles (stochastic crosses, event nudges) would flip a raw score every few candles.
        _smoothed = double.IsNaN(_smoothed) ? raw.Total : _smoothed + _smoothing * (raw.Total - _smoothed);
        var score = raw with { Total = _smoothed };
        LastScore = score;
        var current = _features.Events;
        _pending = _pending.Merge(current);
        var direction =
            score.Total > _parameters.DirectionBand ? 1
            : score.Total < -_parameters.DirectionBand ? -1
            : _lastDirection;
        var emit =
            double.IsNaN(_lastScore)
            || direction != _lastDirection
            || Math.Abs(score.Total - _lastScore) >= _parameters.EmitThreshold
            || current.MaCrossover != 0;
        if (!emit)
        {
            return null;
        }
        var events = _pending;
        _pending = default;
        _lastScore = score.Total;
        _lastDirection = direction;
        return new Signal(
            state.Symbol,
            AgentId,
            AgentVersion,
            state.Now,
            score.Total,
            score.Confidence,
            state.IntervalLength * _parameters.HorizonCandles,
            TechnicalRationale.Describe(score, _features, events),
            TechnicalRationale.Features(score, _features, events)
        );
    }
}
