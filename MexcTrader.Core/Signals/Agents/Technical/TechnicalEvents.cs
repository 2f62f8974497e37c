namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>One candle's events, +1 bullish / −1 bearish / 0 none each (a struct: no allocation per candle).</summary>
public struct TechnicalEvents
{
    public int MaCrossover { readonly get; set; }
    public int RsiDivergence { readonly get; set; }
    public int MacdDivergence { readonly get; set; }
    public int SqueezeBreakout { readonly get; set; }
    public int SarFlip { readonly get; set; }

    public readonly bool Any => (MaCrossover | RsiDivergence | MacdDivergence | SqueezeBreakout | SarFlip) != 0;

    public readonly int this[TechnicalEvent e] =>
        e switch
        {
            TechnicalEvent.MaCrossover => MaCrossover,
            TechnicalEvent.RsiDivergence => RsiDivergence,
            TechnicalEvent.MacdDivergence => MacdDivergence,
            TechnicalEvent.SqueezeBreakout => SqueezeBreakout,
            _ => SarFlip,
        };

    /// <summary>These events with <paramref name="newer"/>'s non-zero ones laid over them.</summary>
    public readonly TechnicalEvents Merge(TechnicalEvents newer) =>
        new()
        {
            MaCrossover = newer.MaCrossover != 0 ? newer.MaCrossover : MaCrossover,
            RsiDivergence = newer.RsiDivergence != 0 ? newer.RsiDivergence : RsiDivergence,
            MacdDivergence = newer.MacdDivergence != 0 ? newer.MacdDivergence : MacdDivergence,
            SqueezeBreakout = newer.SqueezeBreakout != 0 ? newer.SqueezeBreakout : SqueezeBreakout,
            SarFlip = newer.SarFlip != 0 ? newer.SarFlip : SarFlip,
        };
}
