using System.Net;
using System.Text.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution;
using MexcTrader.Web.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.Integration.Engine;

/// <summary>The demo engine's execution: decisions → orders over REST to the wire simulator → fills → positions and store.</summary>
public sealed class DemoExecutionTests
{
    private static readonly string[] Pairs = ["BTCUSDT", "ETHUSDT", "SOLUSDT"];

    [Fact]
    public async Task DemoEngine_PlacesOrdersOnTheWireSimulator_PositionsEqualItsBalancesAndAllIsStored()
    {
        await using var factory = new DemoEngineFactory();
        using var client = factory.CreateClient();
        await factory.FollowAsync(Pairs);
        factory.Control.Start();

        await DemoEngineFactory.UntilTrueAsync(
            async () => (await factory.ExecutionStore.FillsAsync(null, null, default)).Count >= 2,
            "the demo engine's first fills"
        );
        var execution = factory.Execution.Current;
        Assert.NotNull(execution);
        // no new decisions, so the book and the simulator can settle
        factory.Control.Pause();
        await factory.UntilAsync(v => v.State == EngineRunState.Paused, "paused");
        // a cycle or protective exit already under way may still trade: wait until the book and the simulator agree
        await DemoEngineFactory.UntilTrueAsync(
            async () =>
            {
                await execution.Orders.PollAsync(default);
                return execution.Orders.OpenOrders.Count == 0 && await BookEqualsVenueAsync(execution);
            },
            "no open order, and positions equal to the simulator's balances",
            30
        );
        Assert.True(await BookEqualsVenueAsync(execution));

        var fills = await factory.ExecutionStore.FillsAsync(null, null, default);
        var orders = await factory.ExecutionStore.OrdersAsync(null, 1000, default);
        var venueTrades = new List<string>();
        foreach (var symbol in Pairs.Select(p => new Symbol(p)))
        {
            var trades = await execution.Orders.Venue.GetTradesSinceAsync(symbol, DateTimeOffset.UnixEpoch, default);
            Assert.True(trades.IsSuccess, trades.Failure?.Message);
            venueTrades.AddRange(trades.Value.Select(t => t.TradeId));
        }
        // every fill on the simulator is booked once, and belongs to a stored order of ours
        Assert.Equal(
            venueTrades.Order(StringComparer.Ordinal),
            fills.Select(f => f.FillId).Order(StringComparer.Ordinal)
        );
        Assert.All(fills, f => Assert.Contains(orders, o => o.ClientOrderId == f.ClientOrderId));
        Assert.All(orders, o => Assert.StartsWith("mt", o.ClientOrderId, StringComparison.Ordinal));
        Assert.Contains(orders, o => o.Status == ExecutionStatus.Filled);

        Assert.False(factory.Status.Current.Portfolio.CashOnly);
        var equity = await factory.ExecutionStore.EquityPointsAsync(null, null, default);
        Assert.NotEmpty(equity);
        Assert.Equal(
            execution.Book.StartingCash,
            factory.Services.GetRequiredService<IOptions<EngineOptions>>().Value.StartingCashUsdt
        );
        using var positions = await client.GetAsync(new Uri("/api/v1/positions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, positions.StatusCode);
        using var listed = await client.GetAsync(new Uri("/api/v1/orders?limit=1000", UriKind.Relative));
        using var json = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
        // protective exits still act while paused, so the list may have grown since: it holds every order read above
        var listedIds = json
            .RootElement.EnumerateArray()
            .Select(o => o.GetProperty("clientOrderId").GetString())
            .ToList();
        Assert.All(orders, o => Assert.Contains(o.ClientOrderId, listedIds));
    }

    private static async Task<bool> BookEqualsVenueAsync(SessionExecution execution)
    {
        var balances = await execution.Orders.Venue.GetBalancesAsync(default);
        Assert.True(balances.IsSuccess, balances.Failure?.Message);
        foreach (var symbol in Pairs.Select(p => new Symbol(p)))
        {
            var rules = await execution.Orders.RulesAsync(symbol, default);
            Assert.True(rules.IsSuccess, rules.Failure?.Message);
            var held = balances.Value.FirstOrDefault(b => b.Asset == rules.Value.BaseAsset)?.Total ?? 0m;
            if (held != execution.Book.Get(symbol).Quantity)
            {
                return false;
            }
        }
        return true;
    }

    [Fact]
    public async Task DemoEngine_RestingOrders_KillCancelsThemAndTheApiCancelsOne()
    {
        // limit orders far below the market rest on the simulator until cancelled
        await using var factory = new DemoEngineFactory(
            settings: new Dictionary<string, string>
            {
                ["Execution:DefaultStyle:Kind"] = "Limit",
                ["Execution:DefaultStyle:OffsetBps"] = "1000",
            }
        );
        using var client = factory.CreateClient();
        await factory.FollowAsync(Pairs);
        factory.Control.Start();
        await factory.UntilAsync(
            _ => factory.Execution.Current?.Orders.OpenOrders.Count >= 2,
            "two resting orders",
            90
        );
        var execution = factory.Execution.Current!;

        var first = execution.Orders.OpenOrders[0];
        using var cancelled = await client.PostAsync(
            new Uri($"/api/v1/orders/{first.ClientOrderId}/cancel", UriKind.Relative),
            null
        );
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(ExecutionStatus.Cancelled, execution.Orders.Find(first.ClientOrderId)!.Status);
        Assert.Equal(
            ExecutionStatus.Cancelled,
            (await factory.ExecutionStore.FindOrderAsync(first.ClientOrderId, default))!.Status
        );
        using var again = await client.PostAsync(
            new Uri($"/api/v1/orders/{first.ClientOrderId}/cancel", UriKind.Relative),
            null
        );
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await client.PostAsync(new Uri("/api/v1/orders/nope/cancel", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var badLimit = await client.GetAsync(new Uri("/api/v1/orders?limit=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);

        factory.Control.Kill("test");
        await factory.UntilAsync(_ => execution.Orders.OpenOrders.Count == 0, "kill cancels every open order", 30);
        var venueOpen = await execution.Orders.Venue.GetOpenOrdersAsync(null, default);
        Assert.True(venueOpen.IsSuccess, venueOpen.Failure?.Message);
        Assert.Empty(venueOpen.Value);
        var stored = await factory.ExecutionStore.OrdersAsync(null, 1000, default);
        Assert.Contains(stored, o => o.Status == ExecutionStatus.Cancelled && o.ClientOrderId != first.ClientOrderId);
        Assert.DoesNotContain(stored, o => o.IsOpen);
    }
}
