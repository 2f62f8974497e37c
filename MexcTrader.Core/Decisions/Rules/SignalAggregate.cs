using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Core.Decisions.Rules;

/// <summary>
/// The weighted view of one pair's signals: score = Σ w·s·c / Σ w (−1 … +1); agreement = |Σ w·s·c| / Σ w·|s|·c
/// (1 when every agent points the same way); confidence = agreement × the weighted mean signal confidence.
/// </summary>
internal readonly record struct SignalAggregate(
    double Score,
    double Agreement,
    double Confidence,
    int Agents,
    int First,
    int Second
)
{
    public static SignalAggregate Of(PairSnapshot pair, DateTimeOffset now, RuleEngineOptions options)
    {
        double weights = 0,
            weighted = 0,
            magnitude = 0,
            confidence = 0;
        double firstSize = -1,
            secondSize = -1;
        int first = -1,
            second = -1,
            agents = 0;
        var signals = pair.Signals;
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            if (options.MaxSignalAge > TimeSpan.Zero && now - s.Time > options.MaxSignalAge)
            {
                continue;
            }
            var w = WeightOf(s, options);
            if (!(w > 0))
            {
                continue;
            }
            agents++;
            var contribution = w * s.Score * s.Confidence;
            weights += w;
            weighted += contribution;
            magnitude += Math.Abs(contribution);
            confidence += w * s.Confidence;
            var size = Math.Abs(contribution);
            if (size > firstSize)
            {
                (second, secondSize) = (first, firstSize);
                (first, firstSize) = (i, size);
            }
            else if (size > secondSize)
            {
                (second, secondSize) = (i, size);
            }
        }
        if (agents == 0)
        {
            return new SignalAggregate(0, 0, 0, 0, -1, -1);
        }
        var agreement = magnitude > 0 ? Math.Abs(weighted) / magnitude : 0;
        return new SignalAggregate(
            Math.Clamp(weighted / weights, -1, 1),
            agreement,
            Math.Clamp(agreement * confidence / weights, 0, 1),
            agents,
            first,
            second
        );
    }

    public static double WeightOf(AgentSignalView signal, RuleEngineOptions options)
    {
        var weight = options.WeightOf(signal.AgentId);
        if (options.ScaleByAccuracy && signal.Scored >= options.MinScoredForAccuracy && double.IsFinite(signal.HitRate))
        {
            weight *= Math.Clamp(signal.HitRate / 0.5, 0, 2);
        }
        return weight;
    }
}
