namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>How the synthetic order book around the market price looks: spread, level spacing and depth.</summary>
/// <param name="SpreadFraction">Distance between best bid and best ask as a fraction of the price.</param>
/// <param name="LevelStepFraction">Distance between consecutive levels as a fraction of the price (at least one tick).</param>
/// <param name="LevelQuoteValue">Size of each level in quote currency; level quantities are this value over the price.</param>
public sealed record BookShape(
    int Levels = 20,
    decimal SpreadFraction = 0.0001m,
    decimal LevelStepFraction = 0.0001m,
    decimal LevelQuoteValue = 20_000m
);
