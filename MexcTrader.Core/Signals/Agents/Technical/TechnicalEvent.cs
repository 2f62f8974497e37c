namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>Trend formations and reversals the agent detects; each fires on one candle, bullish (+1) or bearish (−1).</summary>
public enum TechnicalEvent
{
    MaCrossover,
    RsiDivergence,
    MacdDivergence,
    SqueezeBreakout,
    SarFlip,
}
