using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.MarketData;
using MexcTrader.Tests.Core.Exchange.Simulated;
using MexcTrader.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>The real MEXC REST client, wired as the product wires it, against the wire simulator over loopback HTTP.</summary>
public sealed class MexcClientAgainstSimulatorTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static readonly Symbol Btc = new("BTCUSDT");

    [Fact]
    public async Task MarketData_ThroughTheRealClient_MatchesTheReplayedHistory()
    {
        using var services = Client(SimulatorFixture.Secret, out var client);
        var source = MarketReplayTests.RealCandles(48);

        var offset = await client.SyncTimeAsync(default);
        var rules = await client.GetSymbolRulesAsync(Btc, default);
        var tradable = await client.GetApiTradableSymbolsAsync(default);
        var klines = await client.GetKlinesAsync(
            Btc,
            Interval.OneHour,
            source[0].OpenTime,
            source[^1].OpenTime.AddHours(1),
            default
        );

        Assert.True(offset.IsSuccess, offset.Failure?.ToString());
        Assert.True(rules.IsSuccess, rules.Failure?.ToString());
        Assert.Contains(Btc, tradable.Value);
        Assert.True(klines.IsSuccess, klines.Failure?.ToString());
        Assert.Equal(source.Select(Ohlcv), klines.Value.Select(Ohlcv));
    }

    [Fact]
    public async Task OrderLifecycle_PlaceQueryCancelAndMarketFill_AgreeWithTheSimulatorsBook()
    {
        using var services = Client(SimulatorFixture.Secret, out var client);
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;
        var before = (await client.GetAccountAsync(default)).Value;

        var placed = await client.PlaceOrderAsync(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 50_000m, "life-1"),
            rules,
            default
        );
        var resting = await client.GetOrderByClientIdAsync(Btc, "life-1", default);
        var cancelled = await client.CancelOrderByClientIdAsync(Btc, "life-1", default);
        var market = await client.PlaceOrderIdempotentAsync(
            OrderRequest.MarketByQuote(Btc, OrderSide.Buy, 100m, "life-2"),
            rules,
            default
        );
        var filled = await client.GetOrderByClientIdAsync(Btc, "life-2", default);
        var after = (await client.GetAccountAsync(default)).Value;

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        Assert.Equal(OrderStatus.New, resting.Value.Status);
        Assert.Equal(OrderStatus.Canceled, cancelled.Value.Status);
        Assert.True(market.IsSuccess, market.Failure?.ToString());
        Assert.Equal(OrderStatus.Filled, filled.Value.Status);
        // the simulator truncates the bought quantity to the symbol's step, so a little under 100 USDT is spent
        Assert.InRange(filled.Value.CumulativeQuoteQuantity, 99m, 100m);
        var simulated = sim.Sim.Exchange.GetOrder(Btc, orderId: null, clientOrderId: "life-2");
        Assert.Equal(simulated.Value.ExecutedQty, filled.Value.ExecutedQuantity);
        Assert.Equal(Free(before, "USDT") - filled.Value.CumulativeQuoteQuantity, Free(after, "USDT"));
    }

    [Fact]
    public async Task Failures_FromTheSimulator_AreTypedByTheClient()
    {
        using var good = Client(SimulatorFixture.Secret, out var client);
        using var bad = Client("0000000000000000000000000000000f", out var badlySigned);
        var rules = (await client.GetSymbolRulesAsync(Btc, default)).Value;

        var unknownOrder = await client.GetOrderByClientIdAsync(Btc, "never-placed", default);
        var badSignature = await badlySigned.GetAccountAsync(default);
        var unknownSymbol = await client.GetSymbolRulesAsync(new Symbol("NOSUCHUSDT"), default);
        var tooSmall = await client.PlaceOrderAsync(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.00001m, 50_000m, "tiny-1"),
            rules,
            default
        );

        Assert.Equal(MexcErrorCodes.OrderNotFound, unknownOrder.Failure?.Code);
        Assert.Equal(MexcErrorCodes.BadSignature, badSignature.Failure?.Code);
        Assert.False(unknownSymbol.IsSuccess);
        Assert.Equal(MexcOrderRules.BelowMinimumValue, tooSmall.Failure?.Code); // refused before sending
        Assert.False(sim.Sim.Exchange.GetOrder(Btc, orderId: null, clientOrderId: "tiny-1").IsSuccess);
    }

    private ServiceProvider Client(string secret, out MexcRestClient client)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["Mexc:RestBaseUrl"] = sim.Sim.BaseUrl.ToString() }
            )
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IMexcCredentials>(new StaticMexcCredentials(new MexcApiKey(SimulatorFixture.ApiKey, secret)));
        services.AddMexcClient();
        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<MexcRestClient>();
        return provider;
    }

    private static (DateTimeOffset, decimal, decimal, decimal, decimal, decimal) Ohlcv(Candle c) =>
        (c.OpenTime, c.Open, c.High, c.Low, c.Close, c.Volume);

    private static decimal Free(ExchangeAccount account, string asset) =>
        account.Balances.FirstOrDefault(b => b.Asset == asset)?.Free ?? 0m;
}
