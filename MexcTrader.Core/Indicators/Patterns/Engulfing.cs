namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib CDLENGULFING: the second body engulfs the first of opposite colour: ±100, or ±80 when the bodies share
/// an end. Lookback 2 as in TA-Lib 0.6.
/// </summary>
public sealed class Engulfing : CandlePattern
{
    public Engulfing()
        : base(2) { }

    private protected override int Evaluate()
    {
        var c = Candles;
        double open = c.Open(0),
            close = c.Close(0),
            priorOpen = c.Open(1),
            priorClose = c.Close(1);
        var color = c.Color(0);
        var priorColor = c.Color(1);
        var engulfs =
            color == 1
                && priorColor == -1
                && (close >= priorOpen && open < priorClose || close > priorOpen && open <= priorClose)
            || color == -1
                && priorColor == 1
                && (open >= priorClose && close < priorOpen || open > priorClose && close <= priorOpen);
        if (!engulfs)
        {
            return 0;
        }
        return open != priorClose && close != priorOpen ? color * 100 : color * 80;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new Engulfing(), open, high, low, close, output);
}
