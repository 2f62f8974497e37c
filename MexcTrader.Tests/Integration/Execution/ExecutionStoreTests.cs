using MexcTrader.Core.Decisions;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk;
using MexcTrader.Tests.Core.Execution;
using MexcTrader.Tests.Core.Positions;
using MexcTrader.Tests.TestKit;
using static MexcTrader.Tests.Core.Execution.ExecutionHarness;

namespace MexcTrader.Tests.Integration.Execution;

/// <summary>The execution store on SQLite and on a real PostgreSQL server.</summary>
public sealed class ExecutionStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Orders_RoundTripWithTheirJournal_AndOpenOrdersAreQueryable(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new ExecutionStore(database.ContextFactory);
        var order = Order("o-1", Start) with { Price = 49_950.36m, Quantity = 0.0123m };

        await sut.SaveOrderAsync(order, Line("intent", order.ClientOrderId), default);
        await sut.SaveOrderAsync(
            order with
            {
                Status = ExecutionStatus.New,
                ExchangeOrderId = "x1",
                AcknowledgedAt = Start.AddMilliseconds(7),
            },
            Line("ack", order.ClientOrderId),
            default
        );
        await sut.SaveOrderAsync(
            Order("o-2", Start.AddMinutes(1)) with
            {
                Status = ExecutionStatus.Filled,
            },
            Line("status", "o-2"),
            default
        );

        var found = await sut.FindOrderAsync("o-1", default);
        Assert.Equal(
            order with
            {
                Status = ExecutionStatus.New,
                ExchangeOrderId = "x1",
                AcknowledgedAt = Start.AddMilliseconds(7),
            },
            found
        );
        Assert.Equal(["o-1"], (await sut.OpenOrdersAsync(default)).Select(o => o.ClientOrderId));
        Assert.Equal(["o-2", "o-1"], (await sut.OrdersAsync(Btc, 10, default)).Select(o => o.ClientOrderId));
        Assert.Equal(["intent", "ack"], (await sut.JournalAsync("o-1", default)).Select(j => j.Kind));
        var all = await sut.JournalAsync(null, default);
        Assert.Equal(3, all.Count);
        Assert.True(all[0].Sequence < all[1].Sequence && all[1].Sequence < all[2].Sequence);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Fills_AreStoredOncePerFillId_AndPositionsEquityAndExitsRoundTrip(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new ExecutionStore(database.ContextFactory);
        var fill = PositionBookTests.Buy("t-1", 1m, 100.5m, 0.001m, 0);
        var position = new MexcTrader.Core.Portfolio.Position(Btc, 0.999m, 100.5m, 1.25m, 0.1005m, 100.5m, 0m, Start);
        var exit = new ProtectiveExit(Btc, "d-1", 48_000m, 55_000m, 1_500m, 50_000m, Start, Start, null, null);

        var first = await sut.TryAddFillAsync(fill, Line("fill", "c-t-1"), default);
        var second = await sut.TryAddFillAsync(fill, Line("fill", "c-t-1"), default);
        await sut.SavePositionAsync(position, default);
        await sut.SavePositionAsync(position with { Quantity = 0.5m }, default);
        await sut.SaveExitAsync(exit, Line("exit-armed", null), default);
        await sut.SaveExitAsync(exit with { HighestPrice = 51_000m }, Line("exit-trailed", null), default);
        await sut.AddEquityPointAsync(new EquityPoint(Start, 10_000m, 10_000m, 0m), default);
        await sut.AddEquityPointAsync(new EquityPoint(Start.AddHours(1), 10_010.5m, 9_900m, 110.5m), default);

        Assert.Equal((true, false), (first, second));
        Assert.Equal([fill], await sut.FillsAsync(Btc, Start, default));
        Assert.Empty(await sut.FillsAsync(Btc, Start.AddMinutes(1), default));
        Assert.Equal([position with { Quantity = 0.5m }], await sut.PositionsAsync(default));
        Assert.Equal(51_000m, Assert.Single(await sut.ExitsAsync(default)).HighestPrice);
        Assert.Equal(
            [10_010.5m],
            (await sut.EquityPointsAsync(Start.AddMinutes(30), null, default)).Select(p => p.Equity)
        );
        Assert.Single((await sut.JournalAsync("c-t-1", default)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Restart_OnTheDatabase_RestoresPositionsFromFillsAndTheTrailingExit(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        using var h = new ExecutionHarness(new ExecutionStore(database.ContextFactory));
        await h.Executor.ExecuteAsync(
            Decision("db-1", DecisionAction.Buy, 0.1m, exits: new ExitLevels(48_000m, 55_000m, 1_500m)),
            default
        );
        await h.Orders.PollAsync(default);
        await h.Executor.OnPriceAsync(Btc, 53_000m, default);
        var held = h.Book.Get(Btc);

        h.Restart();
        var report = await h.Recovery.RecoverAsync(resendNeverLanded: false, default);
        var fired = await h.Executor.OnPriceAsync(Btc, 51_500m, default);
        await h.Orders.PollAsync(default);

        Assert.True(report.FillsReplayed > 0);
        Assert.Empty(report.Differences);
        Assert.NotNull(fired);
        Assert.True(fired.IsSuccess, fired.Failure?.ToString());
        Assert.Equal(held.Quantity, fired.Value.Quantity);
        Assert.Equal(0m, h.Book.Get(Btc).Quantity);
        Assert.Equal(
            ExecutionStatus.Filled,
            (await h.Store.FindOrderAsync(fired.Value.ClientOrderId, default))!.Status
        );
    }

    private static ExecutionOrder Order(string id, DateTimeOffset at) =>
        new(
            id,
            "d-" + id,
            OrderLeg.Entry,
            0,
            "rules",
            Btc,
            MexcTrader.Core.Exchange.OrderSide.Buy,
            MexcTrader.Core.Exchange.OrderType.Limit,
            null,
            1m,
            null,
            50_000.12m,
            ExecutionStatus.Pending,
            null,
            0,
            0,
            at,
            at,
            at,
            null,
            null
        );

    private static JournalEntry Line(string kind, string? clientId) =>
        new(0, Start, kind, clientId, Btc, kind + " detail");
}
