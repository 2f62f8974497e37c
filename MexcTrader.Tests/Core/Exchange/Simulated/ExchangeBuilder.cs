using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Tests.Core.Exchange.Simulated;

/// <summary>A small simulated market for unit tests: TESTUSDT at 100 with a 3-level book each side.</summary>
internal static class ExchangeBuilder
{
    public static readonly Symbol Pair = new("TESTUSDT");
    public static readonly Symbol OtherPair = new("ALTUSDT");

    public static SimulatedSymbolRules Rules(decimal maker = 0.001m, decimal taker = 0.002m) =>
        new(
            Pair,
            "TEST",
            "USDT",
            BaseAssetPrecision: 4,
            QuotePrecision: 2,
            BaseSizePrecision: 0.001m,
            MinQuoteAmount: 5m,
            MinQuoteAmountMarket: 5m,
            MaxQuoteAmount: 1_000_000m,
            MaxQuoteAmountMarket: 1_000_000m,
            MakerCommission: maker,
            TakerCommission: taker
        );

    public static (SimulatedExchange Sut, ReplayClock Clock) Create(
        decimal price = 100m,
        decimal usdt = 10_000m,
        decimal test = 50m,
        SimulatedExchangeOptions? options = null
    )
    {
        var clock = new ReplayClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var sut = new SimulatedExchange(
            clock,
            options ?? new SimulatedExchangeOptions(new BookShape(3, 0.02m, 0.01m, 1_000m))
        );
        sut.AddSymbol(Rules());
        sut.AddSymbol(Rules() with { Symbol = OtherPair, BaseAsset = "ALT" });
        sut.Deposit("USDT", usdt);
        sut.Deposit("TEST", test);
        sut.ApplyMarketTrade(Pair, price, 1m);
        sut.ApplyMarketTrade(OtherPair, price, 1m);
        return (sut, clock);
    }

    public static MarketView Book(this SimulatedExchange sut) => sut.Market(Pair)!;

    public static OrderView Place(this SimulatedExchange sut, NewOrder order)
    {
        var result = sut.PlaceOrder(order);
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        return result.Value;
    }

    public static int RejectionCode(this SimulatedExchange sut, NewOrder order)
    {
        var result = sut.PlaceOrder(order);
        Assert.False(result.IsSuccess, "the order was accepted");
        return Rejections.CodeOf(result.Failure);
    }

    public static NewOrder Limit(OrderSide side, decimal price, decimal qty, string? clientId = null) =>
        new(Pair, side, OrderType.Limit, qty, price, ClientOrderId: clientId);
}
