namespace MexcTrader.Core.Exchange;

/// <summary>Buy or sell, as MEXC spot names them (BUY / SELL).</summary>
public enum OrderSide
{
    Buy,
    Sell,
}
