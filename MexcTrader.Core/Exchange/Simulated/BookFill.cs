namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>A slice of a taker order matched against one book level.</summary>
internal readonly record struct BookFill(decimal Price, decimal Quantity)
{
    public decimal Quote => Price * Quantity;
}
