using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>
/// Each MEXC refusal, first as the simulator puts it on the wire (code and body, request built by hand), then as the
/// real client reports it: a typed <see cref="Failure"/> whose code programs key on and whose message names the cause.
/// </summary>
public sealed class ErrorCodeAcceptanceTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>, IDisposable
{
    private static readonly Symbol Btc = new("BTCUSDT");

    public void Dispose() => sim.Sim.Faults.Clear();

    [Fact]
    public async Task BadSignature_WireAndClient_Code700002AndBadSignatureFailure()
    {
        const string wrongSecret = "0000000000000000000000000000000f";
        var (status, body) = await sim.SendAsync(
            SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "", secret: wrongSecret)
        );
        using var services = ResilienceHarness.Client(sim.Sim, out var client, secret: wrongSecret);

        var result = await client.GetAccountAsync(default);

        Assert.Equal(400, status);
        Assert.Equal(700002, body.GetProperty("code").GetInt32());
        Assert.Equal("Signature for this request is not valid.", body.GetProperty("msg").GetString());
        Assert.Equal(MexcErrorCodes.BadSignature, result.Failure?.Code);
        Assert.Contains("code 700002", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("signature", result.Failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(result.Failure.IsTransient);
    }

    [Fact]
    public async Task StaleTimestamp_ClockSkewedBeyondRecvWindowWithoutTimeSync_Code700003AndClockFailure()
    {
        var stale = DateTimeOffset
            .UtcNow.AddSeconds(-30)
            .ToUnixTimeMilliseconds()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (status, body) = await sim.SendAsync(
            SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "", timestamp: stale)
        );
        // server time unavailable: the client cannot learn the offset and signs with its own (30 s slow) clock
        sim.Sim.Faults.Add(new FaultRule(FaultKind.ServerError, PathPrefix: "/api/v3/time", StatusCode: 503));
        using var services = ResilienceHarness.Client(
            sim.Sim,
            out var client,
            new Dictionary<string, string> { ["ReadRetries"] = "1" },
            time: new SkewedTime(TimeSpan.FromSeconds(-30))
        );

        var result = await client.GetAccountAsync(default);

        Assert.Equal(400, status);
        Assert.Equal(700003, body.GetProperty("code").GetInt32());
        Assert.Equal("Timestamp for this request is outside of the recvWindow.", body.GetProperty("msg").GetString());
        Assert.Equal(MexcErrorCodes.TimestampOutsideWindow, result.Failure?.Code);
        Assert.Contains("code 700003", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("timestamp", result.Failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StaleTimestamp_ClockSkewedButTimeSyncWorks_ClientCorrectsTheOffsetAndSucceeds()
    {
        using var services = ResilienceHarness.Client(
            sim.Sim,
            out var client,
            time: new SkewedTime(TimeSpan.FromSeconds(-30))
        );

        var result = await client.GetAccountAsync(default);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
    }

    [Fact]
    public async Task UnknownSymbol_WireAndClient_CodeMinus1121AndBadRequestFailure()
    {
        var (status, body) = await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=NOSUCHUSDT&side=BUY&type=LIMIT&quantity=1&price=10&newClientOrderId=nosuch-raw"
        );
        using var services = ResilienceHarness.Client(sim.Sim, out var client);
        var btcRules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        var noSuch = new Symbol("NOSUCHUSDT");

        var rules = await client.GetSymbolRulesAsync(noSuch, default);
        var placed = await client.PlaceOrderAsync(
            OrderRequest.Limit(noSuch, OrderSide.Buy, 1m, 10m, "nosuch-client"),
            btcRules with
            {
                Symbol = noSuch,
            },
            default
        );

        Assert.Equal(400, status);
        Assert.Equal(-1121, body.GetProperty("code").GetInt32());
        Assert.Contains("symbol", body.GetProperty("msg").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(rules.IsSuccess);
        Assert.Contains("NOSUCHUSDT", rules.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(MexcErrorCodes.BadRequest, placed.Failure?.Code);
        Assert.Contains("code -1121", placed.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("symbol", placed.Failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OrderBelowMinimumValue_SentRaw_Code30002WithTheMinimumInTheMessage()
    {
        var (status, body) = await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.00001&price=50000&newClientOrderId=tiny-raw"
        );

        Assert.Equal(400, status);
        Assert.Equal(30002, body.GetProperty("code").GetInt32());
        Assert.Equal("Order amount cannot be less than:1USDT", body.GetProperty("msg").GetString());
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "tiny-raw").IsSuccess);
    }

    [Fact]
    public async Task OrderBelowMinimumValue_ThroughTheClient_RefusedBeforeSendingOrTypedWhenTheExchangeRefuses()
    {
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(sim.Sim, out var client, counter: counter);
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        var tiny = OrderRequest.Limit(Btc, OrderSide.Buy, 0.00001m, 50_000m, "tiny-pre");

        var preChecked = await client.PlaceOrderAsync(tiny, rules, default);
        var postsAfterPreCheck = counter["POST /api/v3/order"];
        // rules that (wrongly) allow it: the order reaches the simulator, which refuses it with 30002
        var refused = await client.PlaceOrderAsync(
            tiny with
            {
                ClientOrderId = "tiny-sent",
            },
            rules with
            {
                MinOrderValue = 0.01m,
            },
            default
        );

        Assert.Equal(MexcOrderRules.BelowMinimumValue, preChecked.Failure?.Code);
        Assert.Contains("0.5", preChecked.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, postsAfterPreCheck);
        Assert.Equal(MexcErrorCodes.BelowMinimumValue, refused.Failure?.Code);
        Assert.Contains("code 30002", refused.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("less than:1USDT", refused.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, counter["POST /api/v3/order"]);
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "tiny-pre").IsSuccess);
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, null, "tiny-sent").IsSuccess);
    }

    /// <summary>The system clock shifted by a fixed amount: a machine whose clock is wrong.</summary>
    private sealed class SkewedTime(TimeSpan skew) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + skew;
    }
}
