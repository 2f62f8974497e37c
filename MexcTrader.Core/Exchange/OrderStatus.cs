namespace MexcTrader.Core.Exchange;

/// <summary>MEXC spot order states; PartiallyCanceled is terminal (partly filled, rest cancelled).</summary>
public enum OrderStatus
{
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    PartiallyCanceled,
}
