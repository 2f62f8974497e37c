using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

/// <summary>Every real capture in shared/docs/mexc-samples parses through the client, field values checked.</summary>
public sealed class MexcSampleParsingTests : IDisposable
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Atlas = new("ATLASUSDT");
    private readonly MexcTestHost _host = MexcTestHost.Create();

    private void Serve(string sample) =>
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json(File.ReadAllText(SharedData.File($"docs/mexc-samples/{sample}")));

    [Fact]
    public async Task GetExchangeInfoAsync_NumericStatusSample_ReadsRules()
    {
        Serve("rest_exchangeInfo_2025-01_status_numeric.json");

        var info = (await _host.Client.GetExchangeInfoAsync(null, CancellationToken.None)).Value;

        var rules = Assert.Single(info.Symbols);
        Assert.Equal(new Symbol("BROCKUSDT"), rules.Symbol);
        Assert.Equal(
            ("BROCK", "USDT", 2, 5),
            (rules.BaseAsset, rules.QuoteAsset, rules.BaseAssetPrecision, rules.QuotePrecision)
        );
        Assert.True(rules.IsOnline);
        Assert.True(rules.IsApiTradingAllowed);
        Assert.Equal(0m, rules.BaseSizeStep);
        Assert.Equal(0.01m, rules.QuantityStep); // "0" step falls back to baseAssetPrecision
        Assert.Equal(0.00001m, rules.TickSize);
        Assert.Equal(
            (1m, 1m, 2_000_000m, 100_000m),
            (rules.MinOrderValue, rules.MinMarketOrderValue, rules.MaxOrderValue, rules.MaxMarketOrderValue)
        );
        Assert.Equal([OrderType.Limit, OrderType.Market, OrderType.LimitMaker], rules.OrderTypes);
        Assert.Equal([OrderSide.Buy, OrderSide.Sell], rules.AllowedSides);
        Assert.Equal(0.0005m, rules.TakerCommission);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1737623435453), info.ServerTime);
    }

    [Fact]
    public async Task GetExchangeInfoAsync_EnabledStatusSample_ReadsStepsAndSpotFlag()
    {
        Serve("rest_exchangeInfo_2024-01_status_ENABLED.json");

        var info = (await _host.Client.GetExchangeInfoAsync(null, CancellationToken.None)).Value;

        Assert.Equal(["AESUSDT", "OGNUSDT", "HCUSDT"], info.Symbols.Select(s => s.Symbol.Value));
        Assert.All(info.Symbols, s => Assert.True(s.IsOnline));
        Assert.Equal([0m, 0.01m, 0.001m], info.Symbols.Select(s => s.BaseSizeStep));
        Assert.Equal([true, false, true], info.Symbols.Select(s => s.IsApiTradingAllowed));
        Assert.Equal(5m, info.Symbols[0].MinOrderValue); // "5.000000000000000000"
        Assert.Equal(0.0001m, info.Symbols[1].TickSize);
        Assert.Equal("CST", info.Timezone);
    }

    [Fact]
    public async Task GetSymbolRulesAsync_DocsBtcSample_ReadsStepAndApiFlag()
    {
        Serve("rest_exchangeInfo_BTCUSDT_docs_2025-12.json");

        var rules = (await _host.Client.GetSymbolRulesAsync(Btc, CancellationToken.None)).Value;

        Assert.Equal(0.000001m, rules.BaseSizeStep);
        Assert.Equal(0.01m, rules.TickSize);
        Assert.False(rules.IsApiTradingAllowed);
        Assert.Equal(4_000_000m, rules.MaxMarketOrderValue);
        Assert.Equal(0m, rules.MakerCommission);
        Assert.Equal("symbol=BTCUSDT", _host.Server.SeenAt("/api/v3/exchangeInfo").Single().Query);
    }

    [Fact]
    public async Task GetApiTradableSymbolsAsync_DefaultSymbolsSample_ReadsWrappedList()
    {
        Serve("rest_defaultSymbols_2025-01.json");

        var symbols = (await _host.Client.GetApiTradableSymbolsAsync(CancellationToken.None)).Value;

        Assert.Equal(["SNTUSDT", "CGPTUSDT", "HEGICUSDT"], symbols.Select(s => s.Value));
    }

    [Fact]
    public async Task GetRecentTradesAsync_TradesSample_ReadsNullIdsAndSides()
    {
        Serve("rest_trades_ETHUSDT_2025-01.json");

        var trades = (await _host.Client.GetRecentTradesAsync(new Symbol("ETHUSDT"), 2, CancellationToken.None)).Value;

        Assert.Equal(2, trades.Count);
        Assert.Equal(
            (3219.58m, 0.04757m, 153.1554206m, false),
            (trades[0].Price, trades[0].Quantity, trades[0].QuoteQuantity, trades[0].IsBuyerMaker)
        );
        Assert.True(trades[1].IsBuyerMaker);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1737623988876), trades[1].Time);
    }

    [Fact]
    public async Task GetOrderBookAsync_DepthSampleWithStringIds_ReadsLevels()
    {
        Serve("rest_depth_BTCUSDT_limit1_2024-01.json");

        var book = (await _host.Client.GetOrderBookAsync(Btc, 1, CancellationToken.None)).Value;

        Assert.Equal(20453289489L, book.LastUpdateId);
        Assert.Equal((45995.47m, 10.337165m), (book.Bids[0].Price, book.Bids[0].Quantity));
        Assert.Equal((45995.48m, 13.457322m), (book.Asks[0].Price, book.Asks[0].Quantity));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1704908526228), book.Time);
    }

    [Fact]
    public async Task GetKlinePageAsync_KlinesSample_ReadsEightColumnRow()
    {
        Serve("rest_klines_BTCUSDT_60m_2024-03.json");

        var candle = Assert.Single(
            (await _host.Client.GetKlinePageAsync(Btc, Interval.OneHour, null, null, 1, CancellationToken.None)).Value
        );

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1710327600000), candle.OpenTime);
        Assert.Equal((73260.0m, 73442.95m, 73238.69m, 73414.21m), (candle.Open, candle.High, candle.Low, candle.Close));
        Assert.Equal((49.560236m, 3633995.45m), (candle.Volume, candle.QuoteVolume));
        Assert.Equal("60m", _host.Server.SeenAt("/api/v3/klines").Single()["interval"]);
        Assert.False(candle.IsClosed); // the fake clock (11:00) is before the bar's close time (12:00)
    }

    [Fact]
    public async Task GetAggregateTradesAsync_AggTradesSample_ReadsLettersAndStringTime()
    {
        Serve("rest_aggTrades_BTCUSDT_2024-03.json");

        var trade = Assert.Single(
            (await _host.Client.GetAggregateTradesAsync(Btc, null, null, 1, CancellationToken.None)).Value
        );

        Assert.Equal(
            (73238.7m, 0.000112m, false, true),
            (trade.Price, trade.Quantity, trade.IsBuyerMaker, trade.IsBestMatch)
        );
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1710327661000), trade.Time);
    }

    [Fact]
    public async Task Get24hTickerAsync_TickerSample_ReadsFractionAndNullCount()
    {
        Serve("rest_ticker24hr_BTCUSDT_2024-03.json");

        var ticker = (await _host.Client.Get24hTickerAsync(Btc, CancellationToken.None)).Value;

        Assert.Equal(
            (73397.77m, 0.0173m, 1248.51m),
            (ticker.LastPrice, ticker.PriceChangeFraction, ticker.PriceChange)
        );
        Assert.Equal((7729.258925m, 554877037.44m), (ticker.Volume, ticker.QuoteVolume));
        Assert.Equal((73369.83m, 10.010045m), (ticker.BidPrice, ticker.BidQuantity));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1710328251172), ticker.CloseTime);
    }

    [Fact]
    public async Task GetMyTradesAsync_MyTradesSample_ReadsFillWithZeroCommission()
    {
        Serve("rest_myTrades_ATLASUSDT_2024-02.json");

        var fill = Assert.Single(
            (await _host.Client.GetMyTradesAsync(Atlas, null, null, null, null, CancellationToken.None)).Value
        );

        Assert.Equal("dd44f79dda764c2e927a190ac5e7a1e5", fill.TradeId);
        Assert.Equal("C02__385413065019117569043", fill.OrderId);
        Assert.Equal(
            (0.004542m, 1220m, 5.54124m, 0m, "USDT"),
            (fill.Price, fill.Quantity, fill.QuoteQuantity, fill.Commission, fill.CommissionAsset)
        );
        Assert.False(fill.IsBuyer);
        Assert.Null(fill.ClientOrderId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1707671871000), fill.Time);
    }

    [Fact]
    public async Task GetAllOrdersAsync_FilledMarketSample_ReadsStatusAndAveragePrice()
    {
        Serve("rest_allOrders_ATLASUSDT_market_filled_2024-02.json");

        var order = Assert.Single(
            (await _host.Client.GetAllOrdersAsync(Atlas, null, null, null, CancellationToken.None)).Value
        );

        Assert.Equal("C02__385413065019117569043", order.OrderId);
        Assert.Equal((OrderSide.Sell, OrderType.Market, OrderStatus.Filled), (order.Side, order.Type, order.Status));
        Assert.Equal(
            (1220m, 1220m, 5.54124m, 5.27894m),
            (order.Quantity, order.ExecutedQuantity, order.CumulativeQuoteQuantity, order.QuoteOrderQuantity)
        );
        Assert.Equal(5.54124m / 1220m, order.AveragePrice);
        Assert.False(order.IsOpen);
        Assert.NotNull(_host.Server.SeenAt("/api/v3/allOrders").Single()["signature"]);
    }

    public void Dispose() => _host.Dispose();
}
