using System.Net;
using System.Net.Http.Json;
using System.Text;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;

namespace MexcTrader.Tests.Web.Api;

public sealed class PairsApiTests(TradableApiFixture fixture) : IClassFixture<TradableApiFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task AddUpdateList_RoundTrip_ReturnsStoredValues()
    {
        var added = await _client.PostAsJsonAsync(
            "/api/v1/pairs",
            new AddPairRequest("ethusdt", false, ["1h", "1m", "1h"])
        );
        var updated = await _client.PutAsJsonAsync("/api/v1/pairs/ETHUSDT", new UpdatePairRequest(true, ["4h", "60m"]));
        var list = await (await _client.GetAsync("/api/v1/pairs")).ReadAsync<PairDto[]>();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("/api/v1/pairs/ETHUSDT", added.Headers.Location?.OriginalString);
        var created = await added.ReadAsync<PairDto>();
        Assert.Equal(("ETHUSDT", false), (created.Symbol, created.Enabled));
        Assert.Equal(["1m", "1h"], created.Intervals);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stored = Assert.Single(list, p => p.Symbol == "ETHUSDT");
        Assert.True(stored.Enabled);
        Assert.Equal(["1h", "4h"], stored.Intervals);
        Assert.True(stored.UpdatedAt >= stored.CreatedAt);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
    }

    [Fact]
    public async Task Update_WithOnlyEnabled_KeepsIntervals()
    {
        await _client.PostAsJsonAsync("/api/v1/pairs", new AddPairRequest("LINKUSDT", null, ["5m"]));

        var updated = await _client.PutAsJsonAsync("/api/v1/pairs/LINKUSDT", new { enabled = false });

        var pair = await updated.ReadAsync<PairDto>();
        Assert.False(pair.Enabled);
        Assert.Equal(["5m"], pair.Intervals);
    }

    [Fact]
    public async Task Add_Duplicate_Returns409Problem()
    {
        await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "SOLUSDT" });

        var second = await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "SOLUSDT" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "SOLUSDT is already configured",
            await second.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Update_UnknownPair_Returns404Problem()
    {
        var response = await _client.PutAsJsonAsync("/api/v1/pairs/NOPEUSDT", new { enabled = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(
            "NOPEUSDT is not configured",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Add_BadSymbolAndUnknownInterval_ReturnsFieldErrors()
    {
        var response = await _client.PostAsJsonAsync(
            "/api/v1/pairs",
            new AddPairRequest("BTC-USDT", null, ["1h", "7m"])
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ReadFieldErrorsAsync();
        Assert.Contains("not a valid symbol", Assert.Single(errors["symbol"]), StringComparison.Ordinal);
        var interval = Assert.Single(errors["intervals"]);
        Assert.Contains("Unknown interval '7m'", interval, StringComparison.Ordinal);
        Assert.Contains("1m 5m 15m 30m 1h 4h 1d 1w 1M", interval, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_MissingSymbolAndEmptyIntervals_ReturnsBothFieldErrors()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/pairs", new AddPairRequest(null, null, []));

        var errors = await response.ReadFieldErrorsAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Symbol is required, e.g. BTCUSDT.", Assert.Single(errors["symbol"]));
        Assert.StartsWith("Give at least one interval.", Assert.Single(errors["intervals"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_MalformedJson_Returns400ProblemAndStoresNothing()
    {
        using var body = new StringContent("{\"symbol\": \"ADAUSDT\",", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/v1/pairs", body);
        var list = await (await _client.GetAsync("/api/v1/pairs")).ReadAsync<PairDto[]>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(list, p => p.Symbol == "ADAUSDT");
    }

    [Theory]
    [InlineData("NOPEUSDT", "NOPEUSDT is not a pair of the test exchange.")]
    [InlineData("LISTEDUSDT", "LISTEDUSDT is listed but cannot be traded through the API.")]
    public async Task Add_SymbolTheExchangeRefuses_ReturnsSymbolFieldErrorAndStoresNothing(
        string symbol,
        string message
    )
    {
        var response = await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol });
        var list = await (await _client.GetAsync("/api/v1/pairs")).ReadAsync<PairDto[]>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, Assert.Single((await response.ReadFieldErrorsAsync())["symbol"]));
        Assert.DoesNotContain(list, p => p.Symbol == symbol);
    }

    [Fact]
    public async Task Add_ExchangeUnreachable_Returns503Problem()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "DOWNUSDT" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Remove_ConfiguredPair_Returns204ThenNotFound()
    {
        await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "XRPUSDT" });

        var first = await _client.DeleteAsync("/api/v1/pairs/XRPUSDT");
        var second = await _client.DeleteAsync("/api/v1/pairs/xrpusdt");
        var bad = await _client.DeleteAsync("/api/v1/pairs/X-1");
        var list = await (await _client.GetAsync("/api/v1/pairs")).ReadAsync<PairDto[]>();

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain(list, p => p.Symbol == "XRPUSDT");
    }
}
