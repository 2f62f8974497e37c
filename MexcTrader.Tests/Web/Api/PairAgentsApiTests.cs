using System.Net;
using System.Net.Http.Json;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;

namespace MexcTrader.Tests.Web.Api;

public sealed class PairAgentsApiTests(TradableApiFixture fixture) : IClassFixture<TradableApiFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task PutThenGet_ValidParameters_AreStoredAndListedWithTheirDefaults()
    {
        await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "BNBUSDT" });

        var put = await _client.PutAsJsonAsync(
            "/api/v1/pairs/BNBUSDT/agents/technical",
            new
            {
                enabled = false,
                parameters = new Dictionary<string, object> { ["FastMaPeriod"] = 12, ["BollingerDeviations"] = "2.5" },
            }
        );
        var listed = await (await _client.GetAsync("/api/v1/pairs/BNBUSDT/agents")).ReadAsync<PairAgentDto[]>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var technical = Assert.Single(listed);
        Assert.Equal("technical", technical.AgentId);
        Assert.False(technical.Enabled);
        Assert.Equal("12", technical.Parameters["FastMaPeriod"]);
        Assert.Equal("2.5", technical.Parameters["BollingerDeviations"]);
        Assert.Contains(technical.Available, p => p.Name == "SlowMaPeriod" && p.Default == "50");
        Assert.NotNull(technical.UpdatedAt);
    }

    [Fact]
    public async Task Put_BadParameters_ReturnsOneFieldErrorPerParameterAndKeepsTheStoredOnes()
    {
        await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "DOGEUSDT" });
        await _client.PutAsJsonAsync(
            "/api/v1/pairs/DOGEUSDT/agents/technical",
            new { parameters = new Dictionary<string, object> { ["RsiPeriod"] = 21 } }
        );

        var response = await _client.PutAsJsonAsync(
            "/api/v1/pairs/DOGEUSDT/agents/technical",
            new
            {
                parameters = new Dictionary<string, object>
                {
                    ["RsiPeriod"] = 1,
                    ["AdxPeriod"] = "many",
                    ["Colour"] = "blue",
                    ["Nested"] = new List<int> { 1 },
                },
            }
        );
        var cross = await _client.PutAsJsonAsync(
            "/api/v1/pairs/DOGEUSDT/agents/technical",
            new { parameters = new Dictionary<string, object> { ["FastMaPeriod"] = 80, ["SlowMaPeriod"] = 60 } }
        );
        var stored = await (
            await _client.GetAsync("/api/v1/pairs/DOGEUSDT/agents/technical")
        ).ReadAsync<PairAgentDto>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ReadFieldErrorsAsync();
        Assert.Equal(
            ["parameters.AdxPeriod", "parameters.Colour", "parameters.Nested", "parameters.RsiPeriod"],
            errors.Keys.Order(StringComparer.Ordinal)
        );
        Assert.Contains("between 2 and 200", Assert.Single(errors["parameters.RsiPeriod"]), StringComparison.Ordinal);
        Assert.Contains(
            "unknown setting 'Colour'",
            Assert.Single(errors["parameters.Colour"]),
            StringComparison.Ordinal
        );
        Assert.Equal(
            "FastMaPeriod must be below SlowMaPeriod.",
            Assert.Single((await cross.ReadFieldErrorsAsync())["parameters.FastMaPeriod"])
        );
        Assert.Equal(new Dictionary<string, string> { ["RsiPeriod"] = "21" }, stored.Parameters);
    }

    [Fact]
    public async Task Get_UnknownPairOrAgent_Returns404Problems()
    {
        await _client.PostAsJsonAsync("/api/v1/pairs", new { symbol = "ADAUSDT" });

        var noPair = await _client.GetAsync("/api/v1/pairs/NOPEUSDT/agents");
        var noAgent = await _client.PutAsJsonAsync("/api/v1/pairs/ADAUSDT/agents/astrology", new { enabled = true });

        Assert.Equal(HttpStatusCode.NotFound, noPair.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noAgent.StatusCode);
        Assert.Contains(
            "Unknown agent 'astrology'",
            await noAgent.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }
}
