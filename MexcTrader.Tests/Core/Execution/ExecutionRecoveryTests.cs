using MexcTrader.Core.Decisions;
using MexcTrader.Core.Execution;
using static MexcTrader.Tests.Core.Execution.ExecutionHarness;

namespace MexcTrader.Tests.Core.Execution;

public sealed class ExecutionRecoveryTests
{
    [Fact]
    public async Task RecoverAsync_CrashBetweenSubmitAndAck_FindsTheOrderByClientId_BooksItsFillsOnce_AndSendsNothingNew()
    {
        using var h = new ExecutionHarness();
        h.Restart(new AnswerLosingVenue(h.Venue));
        var lost = await h.Executor.ExecuteAsync(Decision("c-1", DecisionAction.Buy, 0.01m), default);
        var clientId = ClientOrderIds.For("c-1", OrderLeg.Entry);
        Assert.False(lost.IsSuccess);
        Assert.Equal(ExecutionStatus.Pending, (await h.Store.FindOrderAsync(clientId, default))!.Status);

        h.Restart();
        var report = await h.Recovery.RecoverAsync(resendNeverLanded: false, default);
        var retried = await h.Executor.ExecuteAsync(Decision("c-1", DecisionAction.Buy, 0.01m), default);

        Assert.Equal(ExecutionStatus.Filled, h.Orders.Find(clientId)!.Status);
        Assert.Single(h.Exchange.AllOrders(Btc, null, null, 100));
        Assert.Equal(clientId, retried.Value.ClientOrderId);
        Assert.Equal(h.Free("BTC"), h.Book.Get(Btc).Quantity);
        Assert.Equal(
            h.Exchange.MyTrades(Btc, null, null, null, 100).Count,
            (await h.Store.FillsAsync(Btc, null, default)).Count
        );
        Assert.Contains(report.Differences, d => d.Kind == "pending-intent");
        Assert.DoesNotContain(report.Differences, d => d.Kind == "balance-mismatch");
    }

    [Fact]
    public async Task RecoverAsync_IntentThatNeverLanded_IsClosedAsRejected_OrSentOnceWhenAsked()
    {
        using var h = new ExecutionHarness();
        var first = ExecutionHarness.Decision("n-1", DecisionAction.Buy, 0.01m);
        var second = ExecutionHarness.Decision("n-2", DecisionAction.Buy, 0.01m);
        // intents persisted, then the process died before sending them
        foreach (var record in new[] { first, second })
        {
            var intent = (await h.Executor.PlanAsync(record, null, default)).Value;
            await h.Store.SaveOrderAsync(
                ExecutionOrder.FromIntent(intent, Start),
                new(0, Start, "intent", intent.ClientOrderId, Btc, ""),
                default
            );
        }

        h.Restart();
        await h.Recovery.RecoverAsync(resendNeverLanded: false, default);
        var rejected = h.Orders.Find(ClientOrderIds.For("n-1", OrderLeg.Entry))!;
        Assert.Equal(ExecutionStatus.Rejected, rejected.Status);
        Assert.Equal(ExecutionStatus.Rejected, h.Orders.Find(ClientOrderIds.For("n-2", OrderLeg.Entry))!.Status);
        Assert.Empty(h.Exchange.AllOrders(Btc, null, null, 100));

        var pending = ExecutionOrder.FromIntent(
            (
                await h.Executor.PlanAsync(ExecutionHarness.Decision("n-3", DecisionAction.Buy, 0.01m), null, default)
            ).Value,
            Start
        );
        await h.Store.SaveOrderAsync(pending, new(0, Start, "intent", pending.ClientOrderId, Btc, ""), default);
        h.Restart();
        await h.Recovery.RecoverAsync(resendNeverLanded: true, default);

        var sent = Assert.Single(h.Exchange.AllOrders(Btc, null, null, 100));
        Assert.Equal(pending.ClientOrderId, sent.ClientOrderId);
    }

    [Fact]
    public async Task RecoverAsync_FillsWhileDown_AreBooked_AndAForeignOpenOrderIsReported()
    {
        using var h = new ExecutionHarness(
            options: new ExecutionOptions
            {
                DefaultStyle = new OrderStyle { Kind = OrderStyleKind.Limit, OffsetBps = 100 },
            }
        );
        var resting = await h.Executor.ExecuteAsync(Decision("w-1", DecisionAction.Buy, 0.02m), default);
        // while we are down: the market trades through our order, and someone places an order by hand
        h.Exchange.ApplyMarketTrade(Btc, 49_000m, 1m);
        h.Exchange.PlaceOrder(
            new MexcTrader.Core.Exchange.Simulated.NewOrder(
                Btc,
                MexcTrader.Core.Exchange.OrderSide.Buy,
                MexcTrader.Core.Exchange.OrderType.Limit,
                0.001m,
                40_000m,
                ClientOrderId: "manual-1"
            )
        );

        h.Restart();
        var report = await h.Recovery.RecoverAsync(resendNeverLanded: false, default);

        Assert.Equal(ExecutionStatus.Filled, h.Orders.Find(resting.Value.ClientOrderId)!.Status);
        Assert.Equal(0.02m, h.Book.Get(Btc).Quantity);
        Assert.Contains(
            report.Differences,
            d => d.Kind == "unknown-open-order" && d.Detail.Contains("manual-1", StringComparison.Ordinal)
        );
        Assert.Equal(h.StartingCash - 0.02m * 49_500m, h.Book.Cash);
    }
}
