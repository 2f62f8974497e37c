using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Decisions.Llm;

/// <summary>What the engine knows about one model: its price (for the cost estimate and budget) and training cutoff.</summary>
public sealed class LlmModelProfile
{
    /// <summary>USD per 1,000 input (prompt) tokens; 0 for a local model.</summary>
    [Range(0, 1_000)]
    public decimal InputPricePer1K { get; set; }

    /// <summary>USD per 1,000 output (completion) tokens; 0 for a local model.</summary>
    [Range(0, 1_000)]
    public decimal OutputPricePer1K { get; set; }

    /// <summary>The model's training cutoff (UTC): a backtest before it risks look-ahead through what the model remembers.</summary>
    public DateTimeOffset? TrainingCutoff { get; set; }
}
