namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>Windows (in candles) and indicator periods of the snapshot aggregator.</summary>
public sealed class AggregatorOptions
{
    public const string SectionName = "Decisions:Aggregator";

    /// <summary>Candles of the short return and the volume mean.</summary>
    public int ShortWindow { get; set; } = 24;

    /// <summary>Candles of the long return and the high/low range.</summary>
    public int LongWindow { get; set; } = 96;

    /// <summary>Per-candle returns the cross-pair correlations are computed over.</summary>
    public int CorrelationWindow { get; set; } = 48;

    /// <summary>Fewer aligned returns than this and correlations are reported as 0 (unknown).</summary>
    public int MinCorrelationReturns { get; set; } = 12;

    public int AtrPeriod { get; set; } = 14;
    public int RsiPeriod { get; set; } = 14;
    public int EmaPeriod { get; set; } = 50;

    /// <summary>Every problem, each a sentence naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Range(problems, nameof(ShortWindow), ShortWindow, 1, 10_000);
        Range(problems, nameof(LongWindow), LongWindow, 1, 10_000);
        Range(problems, nameof(CorrelationWindow), CorrelationWindow, 2, 10_000);
        Range(problems, nameof(MinCorrelationReturns), MinCorrelationReturns, 2, CorrelationWindow);
        Range(problems, nameof(AtrPeriod), AtrPeriod, 1, 1_000);
        Range(problems, nameof(RsiPeriod), RsiPeriod, 2, 1_000);
        Range(problems, nameof(EmaPeriod), EmaPeriod, 2, 1_000);
        if (LongWindow < ShortWindow)
        {
            problems.Add($"LongWindow ({LongWindow}) must not be shorter than ShortWindow ({ShortWindow}).");
        }
        return problems;
    }

    private static void Range(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add($"{name} must be between {min} and {max} (is {value}).");
        }
    }
}
