using System.Diagnostics;
using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Tests.Core.Exchange.Simulated;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Simulator;
using Xunit.Abstractions;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>
/// Acceptance: 1,000 orders through the real client over loopback HTTP while 10 % of requests fail; the client's
/// records must then agree with the simulated exchange's: no duplicate order, no fill the client does not see.
/// </summary>
public sealed class OrderFaultSoakTests(ITestOutputHelper output)
{
    private const int Orders = 1_000;
    private static readonly Symbol Btc = new("BTCUSDT");

    // the product's breaker defaults: a steady 10 % failure rate is noise, not an outage, so orders keep flowing
    [Fact]
    public async Task PlaceOrderIdempotent_TenPercentOfRequestsFail_NoDuplicateOrdersAndNoLostFills()
    {
        var candles = MarketReplayTests.RealCandles(48);
        await using var sim = await MexcWireSimulator.StartAsync(
            new WireSimulatorOptions
            {
                ApiKey = SimulatorFixture.ApiKey,
                ApiSecret = SimulatorFixture.Secret,
                Candles = candles,
                Balances = new Dictionary<string, decimal> { ["USDT"] = 100_000_000m, ["BTC"] = 1_000m },
                Fees = (0m, 0m), // fee-free, so balances follow from the client's own order records exactly
                Seed = 11,
            },
            CancellationToken.None
        );
        await sim.ReplayTask;
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(
            sim,
            out var client,
            new Dictionary<string, string>
            {
                ["AttemptTimeoutSeconds"] = "1",
                ["TotalTimeoutSeconds"] = "3",
                ["ReadRetries"] = "2",
                ["OrderAttempts"] = "3",
            },
            counter: counter
        );
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        var startBalances = sim.Exchange.Balances();
        var price = candles[^1].Close;
        AddFaults(sim.Faults);
        var watch = Stopwatch.StartNew();

        var placed = new PlacedOrder[Orders];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Orders),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) =>
            {
                var request = OrderFor(i, price);
                placed[i] = new PlacedOrder(request, await client.PlaceOrderIdempotentAsync(request, rules, ct));
            }
        );
        var placing = watch.Elapsed;
        var faultHits = sim.Faults.Active().Sum(f => f.Hits);
        var faultMix = FaultHits(sim);
        var requests = counter.Total;
        sim.Faults.Clear();
        foreach (var order in placed)
        {
            order.Reconciled = await ReconcileAsync(client, order.Request.ClientOrderId!);
        }
        var account = (await client.GetAccountAsync(default)).Value;

        var exchangeOrders = sim.Exchange.AllOrders(Btc, null, null, int.MaxValue);
        var trades = sim.Exchange.MyTrades(Btc, null, null, null, int.MaxValue);
        var known = placed.Where(p => p.Reconciled is not null).ToDictionary(p => p.Reconciled!.OrderId);
        var byClientId = placed.ToDictionary(p => p.Request.ClientOrderId!);
        var duplicates =
            exchangeOrders.GroupBy(o => o.ClientOrderId).Sum(g => g.Count() - 1)
            + placed.Count(p => p.Accepted && p.Placement.Value.OrderId != p.Reconciled?.OrderId);
        var unknownToClient = exchangeOrders.Count(o =>
            !known.ContainsKey(o.OrderId)
            || o.ClientOrderId is null
            || !byClientId.TryGetValue(o.ClientOrderId, out var p)
            || p.Refused
        );
        var lostFills =
            trades.Count(t => !known.ContainsKey(t.OrderId))
            + exchangeOrders.Count(o =>
                !known.TryGetValue(o.OrderId, out var p)
                || p.Reconciled!.ExecutedQuantity != o.ExecutedQty
                || trades.Where(t => t.OrderId == o.OrderId).Sum(t => t.Quantity) != o.ExecutedQty
            );
        var counts = new SoakCounts(
            Orders,
            placed.Count(p => p.Accepted),
            placed
                .Where(p => !p.Accepted)
                .GroupBy(p => p.Placement.Failure!.Code)
                .ToDictionary(g => g.Key, g => g.Count()),
            counter["POST /api/v3/order"],
            counter["POST /api/v3/order"] - placed.Count(p => !IsLocal(p.Placement)),
            duplicates,
            unknownToClient,
            lostFills,
            placed.Count(p =>
                !p.Accepted && p.Placement.Failure!.Code == MexcFailures.Unavailable && IsLocal(p.Placement)
            )
        );
        output.WriteLine(
            $"{counts}; placing took {placing.TotalSeconds:0.0} s; {faultHits} of {requests} requests faulted ({faultMix})"
        );

        Assert.Equal(0, counts.Duplicates);
        Assert.Equal(0, counts.UnknownToClient);
        Assert.Equal(0, counts.LostFills);
        Assert.Equal(placed.Count(p => p.Reconciled is not null), exchangeOrders.Count);
        // sanity: the faults really happened and really forced re-sends, and most orders still went through
        Assert.True(counts.ResendsAfterUnknownOutcome > 0, counts.ToString());
        Assert.InRange(faultHits, requests * 6 / 100, requests * 14 / 100);
        Assert.True(
            counts.NotSent < Orders * 2 / 100,
            $"{counts.NotSent} orders refused unsent by the breaker; {counts}"
        );
        Assert.InRange(counts.Accepted, Orders * 80 / 100, Orders);
        AssertBalancesFollowTheClientsRecords(startBalances, placed, account, sim);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    // as a start-up reconciler would: ask until the exchange answers (an open breaker needs a few seconds to close)
    private static async Task<ExchangeOrder?> ReconcileAsync(MexcRestClient client, string clientOrderId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var query = await client.GetOrderByClientIdAsync(Btc, clientOrderId, default);
            if (query.IsSuccess || query.Failure.Code == MexcErrorCodes.OrderNotFound)
            {
                return query.IsSuccess ? query.Value : null;
            }
            Assert.True(query.Failure.IsTransient && attempt < 100, query.Failure.ToString());
            await Task.Delay(100);
        }
    }

    // About 10 % of all API requests fail, in every way the network can fail an order.
    private static void AddFaults(FaultInjector faults)
    {
        faults.Add(new FaultRule(FaultKind.ServerError, Probability: 0.025, StatusCode: 503));
        faults.Add(new FaultRule(FaultKind.ServerError, Probability: 0.025, StatusCode: 500, AfterProcessing: true));
        faults.Add(new FaultRule(FaultKind.DropConnection, Probability: 0.02));
        faults.Add(new FaultRule(FaultKind.DropConnection, Probability: 0.015, AfterProcessing: true));
        faults.Add(new FaultRule(FaultKind.Delay, Probability: 0.015, DelayMs: 1_500)); // beyond the 1 s attempt timeout
    }

    private static string FaultHits(SimulatorHandle sim) =>
        string.Join(
            ", ",
            sim.Faults.Active().Select(f => $"{f.Rule.Kind}{(f.Rule.AfterProcessing ? "+after" : "")} {f.Hits}")
        );

    // six order shapes, both sides; limit prices either cross the market (fill) or rest far from it
    private static OrderRequest OrderFor(int i, decimal price)
    {
        var side = i / 6 % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
        var through = side == OrderSide.Buy ? price * 1.01m : price * 0.99m;
        var away = side == OrderSide.Buy ? price * 0.8m : price * 1.2m;
        var id = "soak-" + i.ToString(CultureInfo.InvariantCulture);
        return (i % 6) switch
        {
            0 => OrderRequest.Limit(Btc, side, 0.001m, through, id),
            1 => OrderRequest.Limit(Btc, side, 0.001m, away, id),
            2 => OrderRequest.MarketByQuantity(Btc, side, 0.001m, id),
            3 => OrderRequest.MarketByQuote(Btc, side, 50m, id),
            4 => OrderRequest.ImmediateOrCancel(Btc, side, 0.002m, through, id),
            _ => OrderRequest.FillOrKill(Btc, side, 0.002m, through, id),
        };
    }

    // a failure produced inside the client (pre-check, open breaker, rate-limit gate) never reached the wire
    private static bool IsLocal(Result<OrderAck> placement) =>
        !placement.IsSuccess
        && (
            placement.Failure.Code.StartsWith("order.", StringComparison.Ordinal)
            || placement.Failure.Message.Contains("not sent", StringComparison.Ordinal)
        );

    private static void AssertBalancesFollowTheClientsRecords(
        IReadOnlyList<AssetBalance> start,
        IEnumerable<PlacedOrder> placed,
        ExchangeAccount account,
        SimulatorHandle sim
    )
    {
        var filled = placed.Select(p => p.Reconciled).OfType<ExchangeOrder>().ToList();
        var boughtBtc = filled.Where(o => o.Side == OrderSide.Buy).Sum(o => o.ExecutedQuantity);
        var soldBtc = filled.Where(o => o.Side == OrderSide.Sell).Sum(o => o.ExecutedQuantity);
        var spentUsdt = filled.Where(o => o.Side == OrderSide.Buy).Sum(o => o.CumulativeQuoteQuantity);
        var earnedUsdt = filled.Where(o => o.Side == OrderSide.Sell).Sum(o => o.CumulativeQuoteQuantity);
        Assert.Equal(Total(start, "BTC") + boughtBtc - soldBtc, Total(account, "BTC"));
        Assert.Equal(Total(start, "USDT") - spentUsdt + earnedUsdt, Total(account, "USDT"));
        Assert.Equal(Total(sim.Exchange.Balances(), "USDT"), Total(account, "USDT"));
        Assert.Equal(Total(sim.Exchange.Balances(), "BTC"), Total(account, "BTC"));
    }

    private static decimal Total(IEnumerable<AssetBalance> balances, string asset) =>
        balances.Where(b => b.Asset == asset).Sum(b => b.Free + b.Locked);

    private static decimal Total(ExchangeAccount account, string asset) =>
        account.Balances.Where(b => b.Asset == asset).Sum(b => b.Free + b.Locked);
}
