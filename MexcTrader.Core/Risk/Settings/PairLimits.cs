namespace MexcTrader.Core.Risk.Settings;

/// <summary>Limits that apply per pair: the global default, or a pair's own override (a whole copy, edited).</summary>
/// <remarks>Fractions are of equity unless said otherwise; 0 switches an optional limit off.</remarks>
public sealed record PairLimits
{
    public SizingMethod Sizing { get; init; } = SizingMethod.FixedFraction;

    /// <summary>Fixed-fraction sizing: fraction of equity per entry.</summary>
    public double Fraction { get; init; } = 0.05;

    /// <summary>Volatility-target sizing: wanted one-candle ATR move of the position, as a fraction of equity.</summary>
    public double VolatilityTarget { get; init; } = 0.002;

    /// <summary>Fractional Kelly: the share of the full Kelly fraction taken (0.5 = half Kelly).</summary>
    public double KellyFraction { get; init; } = 0.5;

    /// <summary>Fractional Kelly: the most of equity one entry may take, whatever the track record says.</summary>
    public double KellyCap { get; init; } = 0.1;

    /// <summary>Multiply the sized value by the decision's confidence (0…1).</summary>
    public bool ScaleByConfidence { get; init; } = true;

    /// <summary>Largest quote value of one entry; 0 = no absolute cap.</summary>
    public decimal MaxPositionQuote { get; init; }

    /// <summary>Largest value of one entry as a fraction of equity; 0 = none.</summary>
    public double MaxPositionFraction { get; init; } = 0.2;

    /// <summary>Largest holding in the pair (existing plus entry) as a fraction of equity.</summary>
    public double MaxAllocation { get; init; } = 0.25;

    public ExitUnit ExitUnit { get; init; } = ExitUnit.FractionOfPrice;
    public double StopLoss { get; init; } = 0.03;
    public double TakeProfit { get; init; } = 0.06;
    public double TrailingStop { get; init; } = 0.03;

    /// <summary>No entry while the pair's ATR fraction is above this; 0 = off.</summary>
    public double VolatilityHaltAtrFraction { get; init; } = 0.08;

    /// <summary>Share of the holding a SELL without a target weight sells.</summary>
    public double ReduceFraction { get; init; } = 0.5;
}
