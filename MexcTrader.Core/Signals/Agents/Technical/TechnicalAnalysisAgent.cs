namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>
/// Indicator confluence (trend, momentum, volatility, volume) plus trend/reversal events into one score. Emits a
/// signal on the first ready candle, whenever an event fires, when the score's sign flips, or when the score moved by
/// at least <see cref="TechnicalParameters.EmitThreshold"/> since the last signal; otherwise nothing (the last signal
/// still stands), so per-candle work allocates nothing.
/// </summary>
public sealed class TechnicalAnalysisAgent : ISignalAgent
{
    public const string AgentId = "technical";
    public const int AgentVersion = 1;

    private readonly TechnicalParameters _parameters;
    private readonly TechnicalFeatures _features;
    private double _lastScore = double.NaN;

    public TechnicalAnalysisAgent(PairState state, TechnicalParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(state);
        _parameters = parameters;
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
        var score = TechnicalScore.From(_features, _parameters);
        LastScore = score;
        var events = _features.Events;
        var emit =
            double.IsNaN(_lastScore)
            || events.Any
            || Math.Sign(score.Total) != Math.Sign(_lastScore)
            || Math.Abs(score.Total - _lastScore) >= _parameters.EmitThreshold;
        if (!emit)
        {
            return null;
        }
        _lastScore = score.Total;
        return new Signal(
            state.Symbol,
            AgentId,
            AgentVersion,
            state.Now,
            score.Total,
            score.Confidence,
            state.IntervalLength * _parameters.HorizonCandles,
            TechnicalRationale.Describe(score, _features),
            TechnicalRationale.Features(score, _features)
        );
    }
}
