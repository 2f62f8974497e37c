using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Portfolio;
using MexcTrader.Core.Risk;

namespace MexcTrader.Tests.Core.Positions;

public sealed class PositionBookTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    // buy 1 @ 100 and 1 @ 110, each paying 0.001 BTC; sell 0.999 @ 120 paying 0.1 % in USDT
    private static readonly Fill[] Fills =
    [
        Buy("f1", 1m, 100m, baseFee: 0.001m, minutes: 0),
        Buy("f2", 1m, 110m, baseFee: 0.001m, minutes: 1),
        Sell("f3", 0.999m, 120m, quoteFee: 0.11988m, minutes: 2),
    ];

    [Fact]
    public void Apply_BuysWithBaseFeesAndASellWithAQuoteFee_MatchesTheHandComputedPosition()
    {
        var sut = new PositionBook(10_000m);

        foreach (var fill in Fills)
        {
            sut.Apply(fill);
        }

        var position = sut.Get(Btc);
        Assert.Equal(0.999m, position.Quantity);
        Assert.Equal(105m, position.AveragePrice); // (0.999 × 100 + 0.999 × 110) / 1.998
        Assert.Equal(14.985m, position.RealisedPnl); // 0.999 × (120 − 105)
        Assert.Equal(0.32988m, position.Fees); // 0.1 + 0.11 + 0.11988
        Assert.Equal(9_909.76012m, sut.Cash); // 10 000 − 100 − 110 + 119.88 − 0.11988
        Assert.Equal(24.975m, position.UnrealisedPnl(130m)); // 0.999 × (130 − 105)
    }

    [Fact]
    public void Apply_TheSameFillTwice_CountsItOnce()
    {
        var sut = new PositionBook(10_000m);
        sut.Apply(Fills[0]);

        var again = sut.Apply(Fills[0] with { Time = T0.AddHours(1) });

        Assert.Null(again);
        Assert.Equal(0.999m, sut.Get(Btc).Quantity);
        Assert.Equal(9_900m, sut.Cash);
    }

    [Fact]
    public void Snapshot_IsConsistentWithFills_EquityIsStartPlusPnlLessFees_AndDrawdownFollowsThePeak()
    {
        var sut = new PositionBook(10_000m);
        sut.Replay(Fills.Reverse());
        var high = new Dictionary<Symbol, decimal> { [Btc] = 130m };
        var low = new Dictionary<Symbol, decimal> { [Btc] = 100m };

        var atHigh = sut.Snapshot(high, TradingState.Active);
        var atLow = sut.Snapshot(low, TradingState.Active);

        Assert.Equal(10_039.63012m, atHigh.Equity); // 9 909.76012 + 0.999 × 130
        Assert.Equal(10_000m + 14.985m + 24.975m - 0.32988m, atHigh.Equity);
        Assert.Equal(129.87m, atHigh.Exposure);
        var position = Assert.Single(atHigh.Positions);
        Assert.Equal(
            (0.999m, 105m, 129.87m, 24.975m),
            (position.Quantity, position.AveragePrice, position.MarketValue, position.UnrealisedPnl)
        );
        Assert.Equal(0d, atHigh.Drawdown);
        Assert.Equal((double)(29.97m / 10_039.63012m), atLow.Drawdown, 12);
        Assert.Equal(129.87m / 10_039.63012m, sut.Allocation(high)[Btc]);
        Assert.Equal(
            new MexcTrader.Core.Execution.Store.EquityPoint(T0, 10_039.63012m, 9_909.76012m, 129.87m),
            sut.EquityAt(T0, high)
        );
    }

    [Fact]
    public void Apply_SellingEverything_LeavesAFlatPositionWithItsRealisedPnl()
    {
        var sut = new PositionBook(1_000m);
        sut.Apply(Buy("a", 1m, 100m, baseFee: 0m, minutes: 0));

        sut.Apply(Sell("b", 1m, 90m, quoteFee: 0.09m, minutes: 1));

        var position = sut.Get(Btc);
        Assert.Equal((0m, 0m, -10m), (position.Quantity, position.AveragePrice, position.RealisedPnl));
        Assert.Equal(989.91m, sut.Cash);
        Assert.Empty(sut.Snapshot(new Dictionary<Symbol, decimal>(), TradingState.Active).Positions);
    }

    internal static Fill Buy(string id, decimal quantity, decimal price, decimal baseFee, int minutes) =>
        Fill.From(
            new ExchangeTrade(
                Btc,
                id,
                "o-" + id,
                "c-" + id,
                price,
                quantity,
                price * quantity,
                baseFee,
                "BTC",
                T0.AddMinutes(minutes),
                true,
                false,
                false
            ),
            "c-" + id,
            "BTC",
            "USDT"
        );

    internal static Fill Sell(string id, decimal quantity, decimal price, decimal quoteFee, int minutes) =>
        Fill.From(
            new ExchangeTrade(
                Btc,
                id,
                "o-" + id,
                "c-" + id,
                price,
                quantity,
                price * quantity,
                quoteFee,
                "USDT",
                T0.AddMinutes(minutes),
                false,
                false,
                false
            ),
            "c-" + id,
            "BTC",
            "USDT"
        );
}
