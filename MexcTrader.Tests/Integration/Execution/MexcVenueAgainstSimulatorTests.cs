using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Recovery;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Execution.Venues;
using MexcTrader.Core.Portfolio;
using MexcTrader.Tests.Core.Exchange.Simulated;
using MexcTrader.Tests.Core.Execution;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.Integration.Execution;

/// <summary>Execution through the real MEXC REST client against the wire simulator on loopback: the live code path offline.</summary>
public sealed class MexcVenueAgainstSimulatorTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private SimulatorHandle _sim = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _sim = await MexcWireSimulator.StartAsync(
            new WireSimulatorOptions
            {
                ApiKey = SimulatorFixture.ApiKey,
                ApiSecret = SimulatorFixture.Secret,
                Candles = MarketReplayTests.RealCandles(48),
                Balances = new Dictionary<string, decimal> { ["USDT"] = 10_000m },
            },
            CancellationToken.None
        );
        await _sim.ReplayTask;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mexc:RestBaseUrl"] = _sim.BaseUrl.ToString() })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IMexcCredentials>(
                new StaticMexcCredentials(new MexcApiKey(SimulatorFixture.ApiKey, SimulatorFixture.Secret))
            );
        services.AddMexcClient();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task ExecuteAsync_MarketBuyThroughMexc_IsFilled_AndTheBookMatchesTheSimulatorsBalance()
    {
        var store = new InMemoryExecutionStore();
        using var execution = Wire(Venue(), store);

        var placed = await execution.Executor.ExecuteAsync(Buy("live-1"), default);
        await execution.Orders.PollAsync(default);

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        Assert.Equal(ExecutionStatus.Filled, execution.Orders.Find(placed.Value.ClientOrderId)!.Status);
        Assert.Equal(_sim.Exchange.Balance("BTC").Free, execution.Book.Get(Btc).Quantity);
        Assert.Equal(10_000m - _sim.Exchange.Balance("USDT").Free, 10_000m - execution.Book.Cash);
    }

    [Fact]
    public async Task RecoverAsync_CrashBetweenSubmitAndAck_ResolvesByClientIdWithoutADuplicate()
    {
        var store = new InMemoryExecutionStore();
        using (var crashed = Wire(new AnswerLosingVenue(Venue()), store))
        {
            var lost = await crashed.Executor.ExecuteAsync(Buy("crash-1"), default);
            Assert.False(lost.IsSuccess);
        }
        using var restarted = Wire(Venue(), store);

        var report = await restarted.Recovery.RecoverAsync(resendNeverLanded: true, default);
        var retried = await restarted.Executor.ExecuteAsync(Buy("crash-1"), default);

        var clientId = ClientOrderIds.For("crash-1", OrderLeg.Entry);
        Assert.Equal(clientId, retried.Value.ClientOrderId);
        Assert.Equal(ExecutionStatus.Filled, restarted.Orders.Find(clientId)!.Status);
        Assert.Single(_sim.Exchange.AllOrders(Btc, null, null, 100), o => o.ClientOrderId == clientId);
        Assert.Equal(_sim.Exchange.Balance("BTC").Free, restarted.Book.Get(Btc).Quantity);
        Assert.Equal(
            _sim.Exchange.MyTrades(Btc, null, null, null, 100).Count,
            (await store.FillsAsync(Btc, null, default)).Count
        );
        Assert.DoesNotContain(report.Differences, d => d.Kind == "balance-mismatch");
    }

    [Fact]
    public async Task ExecuteAsync_AnswerDroppedOnTheWire_PlacesExactlyOneOrder()
    {
        using var execution = Wire(Venue(), new InMemoryExecutionStore());
        _sim.Faults.Add(
            new FaultRule(
                FaultKind.DropConnection,
                Count: 1,
                PathPrefix: "/api/v3/order",
                Method: "POST",
                AfterProcessing: true
            )
        );

        var placed = await execution.Executor.ExecuteAsync(Buy("drop-1"), default);

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        Assert.Single(
            _sim.Exchange.AllOrders(Btc, null, null, 100),
            o => o.ClientOrderId == placed.Value.ClientOrderId
        );
    }

    private MexcVenue Venue() => new(_services.GetRequiredService<MexcRestClient>());

    private DecisionRecord Buy(string id) =>
        ExecutionHarness.Decision(
            id,
            DecisionAction.Buy,
            0.01m,
            referencePrice: _sim.Exchange.Market(Btc)!.LastPrice!.Value
        );

    private static Wiring Wire(ITradingVenue venue, IExecutionStore store) => new(venue, store);

    private sealed class Wiring : IDisposable
    {
        public Wiring(ITradingVenue venue, IExecutionStore store)
        {
            var events = new ExecutionEvents();
            Book = new PositionBook(10_000m);
            Orders = new OrderManager(
                venue,
                store,
                Book,
                events,
                TimeProvider.System,
                NullLogger<OrderManager>.Instance
            );
            var exits = new ProtectiveExits(store, TimeProvider.System);
            Executor = new Executor(Orders, exits, Options.Create(new ExecutionOptions()), events, TimeProvider.System);
            Recovery = new ExecutionRecovery(Orders, exits, store, events, TimeProvider.System);
        }

        public PositionBook Book { get; }
        public OrderManager Orders { get; }
        public Executor Executor { get; }
        public ExecutionRecovery Recovery { get; }

        public void Dispose() => Orders.Dispose();
    }
}
