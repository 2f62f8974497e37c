using System.Diagnostics;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>429 and 418 from the simulator, seen through the real client's rate-limit gate over loopback HTTP.</summary>
public sealed class RateLimitEndToEndTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>, IDisposable
{
    private const string OrderPost = "POST /api/v3/order";
    private const string AccountGet = "GET /api/v3/account";
    private static readonly Symbol Btc = new("BTCUSDT");

    public void Dispose() => sim.Sim.Faults.Clear();

    [Fact]
    public async Task PlaceOrderIdempotent_429WithRetryAfter_NoResendAndTheNextCallWaits()
    {
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(sim.Sim, out var client, counter: counter);
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        await client.GetAccountAsync(default); // clock synced, so nothing else is sent below
        sim.Sim.Faults.Add(
            new FaultRule(FaultKind.RateLimit, Count: 1, PathPrefix: "/api/v3/order", RetryAfterSeconds: 2)
        );

        // started before the 429 arrives, so the gate's Retry-After window lies wholly inside what is measured
        var watch = Stopwatch.StartNew();
        var placed = await client.PlaceOrderIdempotentAsync(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 50_000m, "throttled-1"),
            rules,
            default
        );
        var block = services.GetRequiredService<MexcRateLimitGate>().Current;
        var account = await client.GetAccountAsync(default);
        var waited = watch.Elapsed;

        Assert.Equal(MexcErrorCodes.RateLimited, placed.Failure?.Code);
        Assert.Contains("retry after 2 s", placed.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(1, counter[OrderPost]); // refused before matching, so never re-sent blindly
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "throttled-1").IsSuccess);
        Assert.NotNull(block);
        Assert.False(block.IsBan);
        Assert.InRange(block.Remaining, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2));
        Assert.True(account.IsSuccess, account.Failure?.ToString());
        Assert.InRange(waited, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
        Assert.Equal(2, counter[AccountGet]);
    }

    [Fact]
    public async Task Read_429WithRetryAfter_RetriedAfterTheWaitAndSucceeds()
    {
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(sim.Sim, out var client, counter: counter);
        await client.GetAccountAsync(default);
        sim.Sim.Faults.Add(
            new FaultRule(FaultKind.RateLimit, Count: 1, PathPrefix: "/api/v3/account", RetryAfterSeconds: 2)
        );
        var watch = Stopwatch.StartNew();

        var account = await client.GetAccountAsync(default);

        Assert.True(account.IsSuccess, account.Failure?.ToString());
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.8), TimeSpan.FromSeconds(10));
        Assert.Equal(3, counter[AccountGet]); // warm-up, the 429, one retry after the wait
    }

    [Fact]
    public async Task Throttle_LongerThanTheClientWillWait_FailsFastWithoutSending()
    {
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(
            sim.Sim,
            out var client,
            new Dictionary<string, string> { ["MaxRateLimitWaitSeconds"] = "1" },
            counter: counter
        );
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        await client.GetAccountAsync(default);
        sim.Sim.Faults.Add(
            new FaultRule(FaultKind.RateLimit, Count: 1, PathPrefix: "/api/v3/order", RetryAfterSeconds: 30)
        );
        await client.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 50_000m), rules, default);
        var watch = Stopwatch.StartNew();

        var next = await client.PlaceOrderIdempotentAsync(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 50_000m, "throttled-2"),
            rules,
            default
        );

        Assert.Equal(MexcErrorCodes.RateLimited, next.Failure?.Code);
        Assert.Contains("not sent", next.Failure!.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
        Assert.Equal(1, counter[OrderPost]);
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "throttled-2").IsSuccess);
    }

    [Fact]
    public async Task IpBan418_BlocksEveryCallUntilTheBanEnds_ThenTrafficResumes()
    {
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(sim.Sim, out var client, counter: counter);
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        await client.GetAccountAsync(default);
        var sentBefore = counter.Total;
        sim.Sim.Faults.Add(new FaultRule(FaultKind.IpBan, Count: 1, RetryAfterSeconds: 3));
        var gate = services.GetRequiredService<MexcRateLimitGate>();
        var watch = Stopwatch.StartNew();

        var banned = await client.GetAccountAsync(default);
        var accountDuringBan = await client.GetAccountAsync(default);
        var timeDuringBan = await client.GetServerTimeAsync(default);
        var order = await client.PlaceOrderIdempotentAsync(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 50_000m, "banned-1"),
            rules,
            default
        );
        var sentDuringBan = counter.Total - sentBefore;
        var block = gate.Current;
        while (gate.Current is not null)
        {
            await Task.Delay(100);
        }
        var after = await client.GetAccountAsync(default);

        Assert.Equal(MexcErrorCodes.IpBanned, banned.Failure?.Code);
        Assert.DoesNotContain("not sent", banned.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(MexcErrorCodes.IpBanned, accountDuringBan.Failure?.Code);
        Assert.Contains("not sent", accountDuringBan.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(MexcErrorCodes.IpBanned, timeDuringBan.Failure?.Code);
        Assert.Equal(MexcErrorCodes.IpBanned, order.Failure?.Code);
        Assert.Equal(1, sentDuringBan); // only the request that earned the ban went on the wire
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "banned-1").IsSuccess);
        Assert.True(block?.IsBan, "the gate records a ban");
        Assert.True(after.IsSuccess, after.Failure?.ToString());
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(10));
    }
}
