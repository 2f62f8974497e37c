namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>Behaviour of the simulated exchange that MEXC does not publish: book shape and limits.</summary>
/// <param name="FillOnTouch">Whether a resting order fills when the market trades exactly at its price (default: only through it).</param>
/// <param name="ClientIdMemory">How long a finished order's client id stays taken.</param>
public sealed record SimulatedExchangeOptions(
    BookShape? Book = null,
    int MaxOpenOrders = 500,
    bool FillOnTouch = false,
    TimeSpan? ClientIdMemory = null,
    int PublicTradesKept = 1000
)
{
    public BookShape BookShape => Book ?? new BookShape();

    public TimeSpan ClientIdWindow => ClientIdMemory ?? TimeSpan.FromHours(24);
}
