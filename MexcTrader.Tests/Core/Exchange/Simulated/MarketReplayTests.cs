using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Tests.Core.Exchange.Simulated;

public sealed class MarketReplayTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    internal static IReadOnlyList<Candle> RealCandles(int count) =>
        TestKit.RealCandles.Read("data/mexc-spot/BTCUSDT-1h.csv", Btc, Interval.OneHour, count);

    private static (SimulatedExchange Sut, ReplayClock Clock, MarketReplay Replay) Setup(IReadOnlyList<Candle> candles)
    {
        var clock = new ReplayClock(candles[0].OpenTime);
        var sut = new SimulatedExchange(clock);
        sut.AddSymbol(SimulatedSymbolRules.ForPair(Btc, candles[0].Open));
        sut.Deposit("USDT", 100_000m);
        return (sut, clock, new MarketReplay(sut, clock, candles, ReplayOptions.AsFastAsPossible));
    }

    [Fact]
    public async Task RunAsync_AsFastAsPossible_ServesEveryCandleClosedAndEndsAtLastClose()
    {
        var candles = RealCandles(48);
        var (sut, clock, replay) = Setup(candles);

        await replay.RunAsync(TimeProvider.System, CancellationToken.None);

        var market = sut.Market(Btc)!;
        Assert.Equal(candles, market.Candles);
        Assert.Equal(candles[^1].Close, market.LastPrice);
        Assert.Equal(Interval.OneHour.NextOpen(candles[^1].OpenTime), clock.GetUtcNow());
    }

    [Fact]
    public void Step_InsideACandle_ServesTheOpenCandleBuiltSoFar()
    {
        var candles = RealCandles(3);
        var (sut, _, replay) = Setup(candles);

        for (var i = 0; i < 5 + 2; i++)
        {
            replay.Step();
        }

        var market = sut.Market(Btc)!;
        Assert.Equal(2, market.Candles.Count);
        Assert.True(market.Candles[0].IsClosed);
        var open = market.Candles[1];
        Assert.False(open.IsClosed);
        Assert.Equal(candles[1].OpenTime, open.OpenTime);
        Assert.Equal(candles[1].Open, open.Open);
    }

    [Fact]
    public void Step_PriceFallsThroughRestingBuy_FillsIt()
    {
        var candles = RealCandles(24);
        var (sut, _, replay) = Setup(candles);
        replay.Step();
        var target = candles.Skip(1).Min(c => c.Low) + 1m;
        var order = sut.PlaceOrder(
            new NewOrder(Btc, OrderSide.Buy, OrderType.Limit, 0.01m, Math.Round(target, 2))
        ).Value;

        while (replay.Step()) { }

        Assert.Equal(OrderStatus.Filled, sut.GetOrder(Btc, order.OrderId, null).Value.Status);
        Assert.True(sut.Balance("BTC").Free > 0);
    }

    [Fact]
    public async Task RunAsync_WithSpeed_PacesMarketTimeAgainstTheWallClock()
    {
        var candles = RealCandles(24);
        var clock = new ReplayClock(candles[0].OpenTime);
        var sut = new SimulatedExchange(clock);
        sut.AddSymbol(SimulatedSymbolRules.ForPair(Btc, candles[0].Open));
        // 24 market hours at 345600x: 0.25 s of wall time
        var replay = new MarketReplay(sut, clock, candles, new ReplayOptions(Speed: 24 * 3600 * 4));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await replay.RunAsync(TimeProvider.System, CancellationToken.None);

        Assert.True(watch.ElapsedMilliseconds >= 200, $"replayed in {watch.ElapsedMilliseconds} ms");
        Assert.True(replay.IsFinished);
    }

    [Fact]
    public async Task RunAsync_WithWarmup_ReplaysWarmupAtOnceThenWaits()
    {
        var candles = RealCandles(10);
        var clock = new ReplayClock(candles[0].OpenTime);
        var sut = new SimulatedExchange(clock);
        sut.AddSymbol(SimulatedSymbolRules.ForPair(Btc, candles[0].Open));
        var replay = new MarketReplay(sut, clock, candles, new ReplayOptions(Speed: 1, WarmupCandles: 6));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => replay.RunAsync(TimeProvider.System, cts.Token));

        Assert.Equal(candles.Take(6), sut.Market(Btc)!.Candles.Where(c => c.IsClosed));
    }
}
