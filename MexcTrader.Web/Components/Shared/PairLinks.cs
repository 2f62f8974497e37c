using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Components.Shared;

/// <summary>Addresses of the Pair page, so links and navigation agree on its shape.</summary>
public static class PairLinks
{
    public static string For(Symbol symbol, Interval interval) =>
        $"pair/{symbol.Value}?interval={Uri.EscapeDataString(interval.ToCode())}";
}
