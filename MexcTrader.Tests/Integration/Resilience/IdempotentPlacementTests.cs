using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>Each path of <c>PlaceOrderIdempotentAsync</c> under one deterministic fault, over real HTTP.</summary>
public sealed class IdempotentPlacementTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>, IDisposable
{
    private const string OrderPost = "POST /api/v3/order";
    private const string OrderGet = "GET /api/v3/order";
    private static readonly Symbol Btc = new("BTCUSDT");

    // read from the simulator by ClientAsync, as a trader's client would
    private SymbolRules Rules { get; set; } = null!;

    public void Dispose() => sim.Sim.Faults.Clear();

    [Fact]
    public async Task PlaceOrderIdempotent_AnswerLostAfterTheOrderLanded_AsksInsteadOfResending()
    {
        var (client, counter, services) = await ClientAsync();
        using var _ = services;
        AddOrderFault(new FaultRule(FaultKind.DropConnection, Count: 1, AfterProcessing: true));

        var placed = await client.PlaceOrderIdempotentAsync(Order("lost-answer"), Rules, default);

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        Assert.Equal(1, counter[OrderPost]);
        Assert.Equal(1, counter[OrderGet]);
        Assert.Equal(sim.Sim.Exchange.GetOrder(Btc, null, "lost-answer").Value.OrderId, placed.Value.OrderId);
    }

    [Fact]
    public async Task PlaceOrderIdempotent_FailedBeforeProcessing_ResendsOnceWithTheSameId()
    {
        var (client, counter, services) = await ClientAsync();
        using var _ = services;
        AddOrderFault(new FaultRule(FaultKind.ServerError, Count: 1, StatusCode: 503));

        var placed = await client.PlaceOrderIdempotentAsync(Order("resent-once"), Rules, default);

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        Assert.Equal(2, counter[OrderPost]);
        Assert.Equal("resent-once", placed.Value.ClientOrderId);
        Assert.Single(sim.Sim.Exchange.AllOrders(Btc, null, null, 1_000), o => o.ClientOrderId == "resent-once");
    }

    [Fact]
    public async Task PlaceOrderIdempotent_AnswerLostAndTheCheckFailsToo_ReportsTheDoubtWithoutResending()
    {
        var (client, counter, services) = await ClientAsync();
        using var _ = services;
        AddOrderFault(new FaultRule(FaultKind.ServerError, Count: 1, StatusCode: 500, AfterProcessing: true));
        sim.Sim.Faults.Add(
            new FaultRule(FaultKind.ServerError, PathPrefix: "/api/v3/order", Method: "GET", StatusCode: 503)
        );

        var placed = await client.PlaceOrderIdempotentAsync(Order("in-doubt"), Rules, default);

        Assert.False(placed.IsSuccess);
        Assert.True(MexcFailures.IsOutcomeUnknown(placed.Failure), placed.Failure.ToString());
        Assert.Contains("may or may not have been placed", placed.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, counter[OrderPost]);
        Assert.True(sim.Sim.Exchange.GetOrder(Btc, null, "in-doubt").IsSuccess, "the order did land");
    }

    [Fact]
    public async Task PlaceOrderIdempotent_EveryAttemptFailsBeforeProcessing_StopsAfterTheConfiguredAttempts()
    {
        var (client, counter, services) = await ClientAsync();
        using var _ = services;
        AddOrderFault(new FaultRule(FaultKind.DropConnection));

        var placed = await client.PlaceOrderIdempotentAsync(Order("never-lands"), Rules, default);

        Assert.Equal(MexcFailures.Network, placed.Failure?.Code);
        Assert.Equal(3, counter[OrderPost]);
        Assert.Equal(2, counter[OrderGet]); // one check between each two sends
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "never-lands").IsSuccess);
    }

    [Fact]
    public async Task PlaceOrder_ClientIdAlreadyUsed_TypedDuplicateFailureAndNoSecondOrder()
    {
        var (client, _, services) = await ClientAsync();
        using var _s = services;
        Assert.True((await client.PlaceOrderAsync(Order("dup-plain"), Rules, default)).IsSuccess);

        var again = await client.PlaceOrderAsync(Order("dup-plain"), Rules, default);

        Assert.Equal(MexcErrorCodes.DuplicateClientOrderId, again.Failure?.Code);
        Assert.False(again.Failure!.IsTransient);
        Assert.Contains("client order id already exists", again.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("code -2010", again.Failure.Message, StringComparison.Ordinal);
        Assert.Single(sim.Sim.Exchange.AllOrders(Btc, null, null, 1_000), o => o.ClientOrderId == "dup-plain");
    }

    [Fact]
    public async Task PlaceOrderIdempotent_SameIntentSentAgain_DuplicateMeansAlreadyPlaced()
    {
        var (client, counter, services) = await ClientAsync();
        using var _ = services;
        var first = await client.PlaceOrderIdempotentAsync(Order("dup-intent"), Rules, default);

        var second = await client.PlaceOrderIdempotentAsync(Order("dup-intent"), Rules, default);

        Assert.True(second.IsSuccess, second.Failure?.ToString());
        Assert.Equal(first.Value.OrderId, second.Value.OrderId);
        Assert.Equal(2, counter[OrderPost]); // the second was refused by the exchange as a duplicate
        Assert.Equal(1, counter[OrderGet]); // then looked up instead of reported as a failure
        Assert.Single(sim.Sim.Exchange.AllOrders(Btc, null, null, 1_000), o => o.ClientOrderId == "dup-intent");
    }

    [Fact]
    public async Task PlaceOrderIdempotent_ClientIdTakenByADifferentOrder_KeepsTheDuplicateFailure()
    {
        var (client, _, services) = await ClientAsync();
        using var _s = services;
        Assert.True((await client.PlaceOrderIdempotentAsync(Order("dup-other"), Rules, default)).IsSuccess);

        var other = await client.PlaceOrderIdempotentAsync(
            OrderRequest.Limit(Btc, OrderSide.Sell, 0.001m, 500_000m, "dup-other"),
            Rules,
            default
        );

        Assert.Equal(MexcErrorCodes.DuplicateClientOrderId, other.Failure?.Code);
    }

    private async Task<(MexcRestClient, WireCounter, IDisposable)> ClientAsync()
    {
        var counter = new WireCounter();
        var services = ResilienceHarness.Client(
            sim.Sim,
            out var client,
            new Dictionary<string, string> { ["OrderAttempts"] = "3", ["ReadRetries"] = "1" },
            counter: counter
        );
        Rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        return (client, counter, services);
    }

    private void AddOrderFault(FaultRule rule) =>
        sim.Sim.Faults.Add(rule with { PathPrefix = "/api/v3/order", Method = "POST" });

    private static OrderRequest Order(string clientId) =>
        OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 50_000m, clientId);
}
