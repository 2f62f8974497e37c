using System.Globalization;
using System.Text.Json;
using MexcTrader.Tests.Core.Exchange.Simulated;

namespace MexcTrader.Tests.Integration.Simulator;

public sealed class MarketEndpointsTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task PingAndTime_AnswerLikeMexc()
    {
        var ping = await sim.GetAsync("ping");
        var time = await sim.GetAsync("time");

        Assert.Equal("{}", ping.GetRawText());
        Assert.InRange(
            time.GetProperty("serverTime").GetInt64(),
            DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(),
            DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds()
        );
    }

    [Fact]
    public async Task ExchangeInfo_Symbol_HasMexcFieldsAndTypes()
    {
        var info = await sim.GetAsync("exchangeInfo?symbol=BTCUSDT");

        var btc = Assert.Single(info.GetProperty("symbols").EnumerateArray());
        Assert.Equal("1", btc.GetProperty("status").GetString());
        Assert.Equal("BTC", btc.GetProperty("baseAsset").GetString());
        Assert.Equal(2, btc.GetProperty("quotePrecision").GetInt32());
        Assert.Equal(JsonValueKind.String, btc.GetProperty("quoteAmountPrecision").ValueKind);
        Assert.Equal(JsonValueKind.String, btc.GetProperty("baseSizePrecision").ValueKind);
        Assert.Equal(JsonValueKind.Array, info.GetProperty("rateLimits").ValueKind);
    }

    [Fact]
    public async Task ExchangeInfo_UnknownSymbol_IsMinus1121()
    {
        using var response = await sim.Http.GetAsync(new Uri("api/v3/exchangeInfo?symbol=NOPEUSDT", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(-1121, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task DefaultSymbols_IsWrappedList()
    {
        var body = await sim.GetAsync("defaultSymbols");

        Assert.Equal(0, body.GetProperty("code").GetInt32());
        Assert.Equal(["BTCUSDT"], body.GetProperty("data").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Klines_60m_ServeTheReplayedCandlesAsEightElementRows()
    {
        var candles = MarketReplayTests.RealCandles(48);

        var rows = (await sim.GetAsync("klines?symbol=BTCUSDT&interval=60m&limit=1000")).EnumerateArray().ToList();

        Assert.Equal(48, rows.Count);
        Assert.All(rows, r => Assert.Equal(8, r.GetArrayLength()));
        Assert.Equal(candles[0].OpenTime.ToUnixTimeMilliseconds(), rows[0][0].GetInt64());
        Assert.Equal(candles[0].Open, decimal.Parse(rows[0][1].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(candles[0].OpenTime.AddHours(1).ToUnixTimeMilliseconds(), rows[0][6].GetInt64());
    }

    [Fact]
    public async Task Klines_4h_AggregatesHours()
    {
        var candles = MarketReplayTests.RealCandles(48);

        var rows = (await sim.GetAsync("klines?symbol=BTCUSDT&interval=4h")).EnumerateArray().ToList();

        var firstFull = candles.Where(c => c.OpenTime.ToUnixTimeMilliseconds() % 14_400_000 == 0).First();
        var row = rows.Single(r => r[0].GetInt64() == firstFull.OpenTime.ToUnixTimeMilliseconds());
        var four = candles
            .Where(c => c.OpenTime >= firstFull.OpenTime && c.OpenTime < firstFull.OpenTime.AddHours(4))
            .ToList();
        Assert.Equal(four.Max(c => c.High), decimal.Parse(row[2].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(four[^1].Close, decimal.Parse(row[4].GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Klines_1h_IsInvalidIntervalLikeMexc()
    {
        using var response = await sim.Http.GetAsync(
            new Uri("api/v3/klines?symbol=BTCUSDT&interval=1h", UriKind.Relative)
        );
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(-1121, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Depth_BidsDescendingAsksAscendingAroundLastPrice()
    {
        var depth = await sim.GetAsync("depth?symbol=BTCUSDT&limit=5");
        var last = decimal.Parse(
            (await sim.GetAsync("ticker/price?symbol=BTCUSDT")).GetProperty("price").GetString()!,
            CultureInfo.InvariantCulture
        );

        var bids = depth
            .GetProperty("bids")
            .EnumerateArray()
            .Select(l => decimal.Parse(l[0].GetString()!, CultureInfo.InvariantCulture))
            .ToList();
        var asks = depth
            .GetProperty("asks")
            .EnumerateArray()
            .Select(l => decimal.Parse(l[0].GetString()!, CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(5, asks.Count);
        Assert.Equal(bids.OrderByDescending(p => p), bids);
        Assert.Equal(asks.OrderBy(p => p), asks);
        Assert.True(bids[0] < last && last < asks[0]);
        Assert.True(depth.GetProperty("lastUpdateId").GetInt64() > 0);
    }

    [Fact]
    public async Task TradesAndTickers_HaveMexcShapes()
    {
        var trades = await sim.GetAsync("trades?symbol=BTCUSDT&limit=3");
        var agg = await sim.GetAsync("aggTrades?symbol=BTCUSDT&limit=3");
        var ticker = await sim.GetAsync("ticker/24hr?symbol=BTCUSDT");
        var book = await sim.GetAsync("ticker/bookTicker");

        Assert.Equal(3, trades.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, trades[0].GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, agg[0].GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Number, agg[0].GetProperty("T").ValueKind);
        Assert.Equal(JsonValueKind.Null, ticker.GetProperty("count").ValueKind);
        Assert.Equal(JsonValueKind.String, ticker.GetProperty("priceChangePercent").ValueKind);
        Assert.Equal("BTCUSDT", book[0].GetProperty("symbol").GetString());
    }
}
