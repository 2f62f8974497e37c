using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcKlinePagingTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTimeOffset First = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Serves hourly candles from <see cref="First"/> on, honouring startTime/endTime and capping each page.</summary>
    private static void ServeHours(MexcTestHost host, int serverCap, int available)
    {
        host.Server.Respond = r =>
        {
            var start = long.Parse(r["startTime"]!, CultureInfo.InvariantCulture);
            var end = long.Parse(r["endTime"]!, CultureInfo.InvariantCulture);
            var limit = Math.Min(int.Parse(r["limit"]!, CultureInfo.InvariantCulture), serverCap);
            var rows = new List<string>();
            for (var i = 0; i < available && rows.Count < limit; i++)
            {
                var open = First.AddHours(i).ToUnixTimeMilliseconds();
                if (open >= start && open <= end)
                {
                    var close = First.AddHours(i + 1).ToUnixTimeMilliseconds();
                    rows.Add(
                        $"[{open},\"{100 + i}.5\",\"{101 + i}\",\"{99 + i}\",\"{100 + i}\",\"{i}.25\",{close},\"{i * 100}\"]"
                    );
                }
            }
            return FakeMexcServer.Json("[" + string.Join(',', rows) + "]");
        };
    }

    [Theory]
    [InlineData(500, "500", 6)] // current docs' cap: ceil(2501 / 500) calls
    [InlineData(1000, "1000", 3)]
    [InlineData(500, "1000", 6)] // we ask 1000, the server silently gives 500: paging still covers the range
    public async Task GetKlinesAsync_LongRange_PagesUntilTheWholeRangeIsRead(
        int serverCap,
        string pageLimit,
        int expectedCalls
    )
    {
        using var host = MexcTestHost.Create(new Dictionary<string, string?> { ["Mexc:KlinePageLimit"] = pageLimit });
        ServeHours(host, serverCap, available: 5_000);

        var candles = (
            await host.Client.GetKlinesAsync(
                Btc,
                Interval.OneHour,
                First,
                First.AddHours(2_500),
                CancellationToken.None
            )
        ).Value;

        Assert.Equal(2_501, candles.Count);
        Assert.Equal(First, candles[0].OpenTime);
        Assert.Equal(First.AddHours(2_500), candles[^1].OpenTime);
        Assert.All(
            candles.Zip(candles.Skip(1)),
            p => Assert.Equal(TimeSpan.FromHours(1), p.Second.OpenTime - p.First.OpenTime)
        );
        Assert.Equal(1_234.5m, candles[1_134].Open);
        Assert.Equal(expectedCalls, host.Server.Seen.Count);
        Assert.All(host.Server.Seen, r => Assert.Equal("60m", r["interval"]));
    }

    [Fact]
    public async Task GetKlinesAsync_HistoryEndsEarly_StopsOnEmptyPage()
    {
        using var host = MexcTestHost.Create();
        ServeHours(host, serverCap: 500, available: 700);

        var candles = (
            await host.Client.GetKlinesAsync(
                Btc,
                Interval.OneHour,
                First,
                First.AddHours(2_000),
                CancellationToken.None
            )
        ).Value;

        Assert.Equal(700, candles.Count);
        Assert.Equal(3, host.Server.Seen.Count);
        Assert.All(candles, c => Assert.True(c.IsClosed));
    }

    [Fact]
    public async Task GetKlinesAsync_EndBeforeStart_FailsWithoutCalling()
    {
        using var host = MexcTestHost.Create();

        var result = await host.Client.GetKlinesAsync(
            Btc,
            Interval.OneHour,
            First,
            First.AddHours(-1),
            CancellationToken.None
        );

        Assert.Equal("mexc.bad_range", result.Failure?.Code);
        Assert.Empty(host.Server.Seen);
    }

    [Theory]
    [InlineData(Interval.OneMinute, "1m")]
    [InlineData(Interval.FiveMinutes, "5m")]
    [InlineData(Interval.FifteenMinutes, "15m")]
    [InlineData(Interval.ThirtyMinutes, "30m")]
    [InlineData(Interval.OneHour, "60m")]
    [InlineData(Interval.FourHours, "4h")]
    [InlineData(Interval.OneDay, "1d")]
    [InlineData(Interval.OneWeek, "1W")]
    [InlineData(Interval.OneMonth, "1M")]
    public async Task GetKlinePageAsync_EveryInterval_SendsMexcCode(Interval interval, string code)
    {
        using var host = MexcTestHost.Create();
        host.Server.Respond = _ => FakeMexcServer.Json("[]");

        var page = await host.Client.GetKlinePageAsync(Btc, interval, First, null, 10, CancellationToken.None);

        Assert.Empty(page.Value);
        Assert.Equal(code, host.Server.Seen.Single()["interval"]);
        Assert.Equal(
            First.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            host.Server.Seen.Single()["startTime"]
        );
    }

    [Fact]
    public async Task GetKlinePageAsync_InvalidIntervalAnswer_MapsToBadRequest()
    {
        using var host = MexcTestHost.Create();
        host.Server.Respond = _ =>
            FakeMexcServer.Json(
                """{"msg":"Invalid interval.","code":-1121,"_extend":null}""",
                System.Net.HttpStatusCode.BadRequest
            );

        var page = await host.Client.GetKlinePageAsync(Btc, Interval.OneHour, null, null, 10, CancellationToken.None);

        Assert.Equal("mexc.bad_request", page.Failure?.Code);
        Assert.Single(host.Server.Seen); // a 400 is not retried
    }
}
