using MexcTrader.Core.Decisions;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Execution;
using static MexcTrader.Tests.Core.Execution.ExecutionHarness;

namespace MexcTrader.Tests.Core.Execution;

public sealed class OrderManagerTests
{
    private static readonly OrderStyle RestingBuy = new() { Kind = OrderStyleKind.Limit, OffsetBps = 100 };

    [Fact]
    public async Task SubmitAsync_MarketBuy_IsJournaledIntentFirst_ThenFilledByPolling_AndBookedOnce()
    {
        using var h = new ExecutionHarness();

        var placed = await h.Executor.ExecuteAsync(Decision("m-1", DecisionAction.Buy, 0.01m), default);
        await h.Orders.PollAsync(default);
        await h.Orders.PollAsync(default);

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        var order = h.Orders.Find(placed.Value.ClientOrderId)!;
        Assert.Equal(ExecutionStatus.Filled, order.Status);
        Assert.Equal(0.01m, order.ExecutedQuantity);
        var journal = await h.Store.JournalAsync(order.ClientOrderId, default);
        // polling books the fills before the final status, so a filled order never lacks its fills
        Assert.Equal(["intent", "ack", "fill", "status"], journal.Select(j => j.Kind).Distinct());
        Assert.Equal("intent", journal[0].Kind);
        var fills = await h.Store.FillsAsync(Btc, null, default);
        Assert.Equal(fills.Sum(f => f.Quantity - f.BaseFee), h.Book.Get(Btc).Quantity);
        // the exchange's base balance and our book agree
        Assert.Equal(h.Free("BTC"), h.Book.Get(Btc).Quantity);
    }

    [Fact]
    public async Task SubmitAsync_SameIntentTwice_SendsOneOrder()
    {
        using var h = new ExecutionHarness();
        var record = Decision("dup-1", DecisionAction.Buy, 0.01m);

        var first = await h.Executor.ExecuteAsync(record, default);
        var second = await h.Executor.ExecuteAsync(record, default);

        Assert.Equal(first.Value.ClientOrderId, second.Value.ClientOrderId);
        Assert.Single(h.Exchange.AllOrders(Btc, null, null, 100));
    }

    [Fact]
    public async Task Venue_SecondPlacementOfTheSameClientId_AnswersWithTheFirstOrder()
    {
        using var h = new ExecutionHarness();
        var request = OrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, 40_000m, "same-id-1");

        var first = await h.Venue.PlaceAsync(request, default);
        var again = await h.Venue.PlaceAsync(request, default);

        Assert.Equal(first.Value.OrderId, again.Value.OrderId);
        Assert.Single(h.Exchange.AllOrders(Btc, null, null, 100));
    }

    [Fact]
    public async Task LimitOrder_PartlyFilledByTheMarket_ThenCancelled_KeepsItsFillsAndEndsCancelled()
    {
        using var h = new ExecutionHarness(options: new ExecutionOptions { DefaultStyle = RestingBuy });
        var pump = new CancellationTokenSource();
        var events = h.Orders.RunEventsAsync(pump.Token);

        var placed = await h.Executor.ExecuteAsync(Decision("p-1", DecisionAction.Buy, 0.02m), default);
        // resting at 49 500; a trade below it fills 0.005 of 0.02
        h.Exchange.ApplyMarketTrade(Btc, 49_400m, 0.005m);
        await WaitUntil(() => h.Orders.Find(placed.Value.ClientOrderId)!.Status == ExecutionStatus.PartiallyFilled);
        var cancelled = await h.Orders.CancelAsync(placed.Value.ClientOrderId, default);
        await pump.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => events);

        Assert.Equal(49_500m, placed.Value.Price);
        Assert.Equal(ExecutionStatus.Cancelled, cancelled.Value.Status);
        Assert.Equal(0.005m, cancelled.Value.ExecutedQuantity);
        Assert.Equal(0.005m, h.Book.Get(Btc).Quantity); // maker fee 0
        var statuses = (await h.Store.JournalAsync(placed.Value.ClientOrderId, default)).Where(j => j.Kind == "status");
        Assert.Collection(
            statuses,
            s => Assert.StartsWith("PartiallyFilled", s.Detail, StringComparison.Ordinal),
            s => Assert.StartsWith("Cancelled", s.Detail, StringComparison.Ordinal)
        );
        Assert.Empty(h.Exchange.OpenOrders(Btc));
    }

    [Fact]
    public async Task ReplaceAsync_RestingOrder_IsCancelledAndResentAsTheNextRevisionAtTheNewPrice()
    {
        using var h = new ExecutionHarness(options: new ExecutionOptions { DefaultStyle = RestingBuy });
        var placed = await h.Executor.ExecuteAsync(Decision("r-1", DecisionAction.Buy, 0.02m), default);

        var replaced = await h.Orders.ReplaceAsync(placed.Value.ClientOrderId, 49_800m, default);

        Assert.True(replaced.IsSuccess, replaced.Failure?.ToString());
        Assert.Equal(ExecutionStatus.Cancelled, h.Orders.Find(placed.Value.ClientOrderId)!.Status);
        Assert.Equal(ClientOrderIds.For("r-1", OrderLeg.Entry, 1), replaced.Value.ClientOrderId);
        Assert.Equal(1, replaced.Value.Revision);
        var open = Assert.Single(h.Exchange.OpenOrders(Btc));
        Assert.Equal((49_800m, 0.02m), (open.Price, open.OrigQty));
    }

    [Fact]
    public async Task ExpireStaleAsync_RestingPastTheTimeout_CancelsAsExpired_YoungerOrdersStay()
    {
        using var h = new ExecutionHarness(
            options: new ExecutionOptions { DefaultStyle = RestingBuy, RestingTimeoutSeconds = 60 }
        );
        var old = await h.Executor.ExecuteAsync(Decision("t-1", DecisionAction.Buy, 0.01m), default);
        h.Clock.Advance(TimeSpan.FromSeconds(45));
        var young = await h.Executor.ExecuteAsync(Decision("t-2", DecisionAction.Buy, 0.01m), default);
        h.Clock.Advance(TimeSpan.FromSeconds(20));

        var expired = await h.Executor.ExpireStaleAsync(default);

        Assert.Equal(1, expired);
        Assert.Equal(ExecutionStatus.Expired, h.Orders.Find(old.Value.ClientOrderId)!.Status);
        Assert.Equal(ExecutionStatus.New, h.Orders.Find(young.Value.ClientOrderId)!.Status);
        Assert.Single(h.Exchange.OpenOrders(Btc));
    }

    [Fact]
    public async Task ExecuteAsync_RefusedByTheRules_SendsNothing_AndPublishesWhy()
    {
        using var h = new ExecutionHarness();
        var events = h.Events.Subscribe();

        var result = await h.Executor.ExecuteAsync(Decision("x-1", DecisionAction.Buy, 0.00001m), default);

        Assert.False(result.IsSuccess);
        Assert.Empty(h.Exchange.AllOrders(Btc, null, null, 100));
        Assert.True(events.TryRead(out var published));
        Assert.IsType<ExecutionRefused>(published);
    }

    [Fact]
    public async Task ApplyOrderAsync_StaleUpdateAfterFilled_IsIgnored()
    {
        using var h = new ExecutionHarness();
        var placed = await h.Executor.ExecuteAsync(Decision("s-1", DecisionAction.Buy, 0.01m), default);
        await h.Orders.PollAsync(default);
        var filled = h.Orders.Find(placed.Value.ClientOrderId)!;
        var stale = (await h.Venue.GetOrderAsync(Btc, filled.ClientOrderId, default)).Value with
        {
            Status = OrderStatus.PartiallyFilled,
            ExecutedQuantity = 0.004m,
        };

        var after = await h.Orders.ApplyOrderAsync(stale, default);

        Assert.Equal(ExecutionStatus.Filled, after!.Status);
        Assert.Equal(0.01m, after.ExecutedQuantity);
    }

    internal static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }
        Assert.True(condition(), "condition not reached within 2 s");
    }
}
