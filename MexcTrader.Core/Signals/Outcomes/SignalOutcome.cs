namespace MexcTrader.Core.Signals.Outcomes;

/// <summary>How a signal turned out once its horizon passed.</summary>
/// <param name="EntryPrice">Close of the candle the signal was formed on.</param>
/// <param name="ExitPrice">Close of the last candle that closed within the horizon.</param>
/// <param name="Return">Simple return from entry to exit (0.01 = +1 %).</param>
/// <param name="Hit">True when the signal's direction matched the return's sign; null for neutral signals.</param>
public sealed record SignalOutcome(Signal Signal, double EntryPrice, double ExitPrice, double Return, bool? Hit)
{
    /// <summary>The return in the signal's direction: positive when it was right.</summary>
    public double DirectionalReturn => Hit is null ? 0 : Math.Sign(Signal.Score) * Return;
}
