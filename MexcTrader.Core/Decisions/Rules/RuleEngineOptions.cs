using System.Globalization;

namespace MexcTrader.Core.Decisions.Rules;

/// <summary>Weights and thresholds of the rule engine (<see cref="RuleDecisionEngine"/>).</summary>
public sealed class RuleEngineOptions
{
    public const string SectionName = "Decisions:Rules";

    /// <summary>Weight per agent id; agents not listed get <see cref="DefaultWeight"/>.</summary>
    public Dictionary<string, double> AgentWeights { get; set; } = new(StringComparer.Ordinal);

    public double DefaultWeight { get; set; } = 1.0;

    /// <summary>Multiply each agent's weight by its measured hit rate on the pair over 50 % (0 % ⇒ 0, 100 % ⇒ 2×).</summary>
    public bool ScaleByAccuracy { get; set; } = true;

    /// <summary>Scored signals an agent needs on a pair before its accuracy scales its weight.</summary>
    public int MinScoredForAccuracy { get; set; } = 20;

    /// <summary>A flat pair is bought when the weighted signal reaches this (−1 … +1).</summary>
    public double EntryThreshold { get; set; } = 0.3;

    /// <summary>A held pair is closed when the weighted signal falls to this; between the two the engine holds.</summary>
    public double ExitThreshold { get; set; } = -0.1;

    /// <summary>Signals older than this at the snapshot's time are ignored; zero = no limit.</summary>
    public TimeSpan MaxSignalAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Every problem, each a sentence naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(EntryThreshold > -1 && EntryThreshold <= 1))
        {
            problems.Add($"Entry threshold must be above -1 and at most 1 (is {Text(EntryThreshold)}).");
        }
        if (!(ExitThreshold >= -1 && ExitThreshold < 1))
        {
            problems.Add($"Exit threshold must be at least -1 and below 1 (is {Text(ExitThreshold)}).");
        }
        if (!(EntryThreshold > ExitThreshold))
        {
            problems.Add(
                $"Entry threshold ({Text(EntryThreshold)}) must be above the exit threshold ({Text(ExitThreshold)}): the gap between them is the hysteresis that stops flapping."
            );
        }
        if (!(DefaultWeight >= 0) || !double.IsFinite(DefaultWeight))
        {
            problems.Add($"Default weight must be a number of 0 or more (is {Text(DefaultWeight)}).");
        }
        foreach (var (agent, weight) in AgentWeights)
        {
            if (string.IsNullOrWhiteSpace(agent))
            {
                problems.Add("Agent weights: an agent id is empty.");
            }
            if (!(weight >= 0) || !double.IsFinite(weight))
            {
                problems.Add($"Weight of agent '{agent}' must be a number of 0 or more (is {Text(weight)}).");
            }
        }
        if (MinScoredForAccuracy < 1)
        {
            problems.Add($"Minimum scored signals for accuracy must be 1 or more (is {MinScoredForAccuracy}).");
        }
        if (MaxSignalAge < TimeSpan.Zero)
        {
            problems.Add("Maximum signal age must not be negative.");
        }
        return problems;
    }

    internal double WeightOf(string agentId) => AgentWeights.TryGetValue(agentId, out var w) ? w : DefaultWeight;

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
