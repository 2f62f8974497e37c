using System.Net;
using System.Net.Http.Json;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Api;

public sealed class SettingsApiTests
{
    [Fact]
    public async Task PutRisk_Valid_IsStoredPublishedAndReadBack()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<RiskSettingsStore>();
        RiskSettings? heard = null;
        using var _ = store.Subscribe(s => heard = s);

        var put = await client.PutAsJsonAsync(
            "/api/v1/settings/risk",
            new
            {
                portfolio = new { maxOpenPositions = 4, maxExposure = 0.5 },
                pairs = new { btcusdt = new { fraction = 0.02 } },
            },
            ApiHost.Json
        );
        var read = await (await client.GetAsync("/api/v1/settings/risk")).ReadAsync<RiskSettings>();
        var pair = await (await client.GetAsync("/api/v1/settings/risk/pairs/BTCUSDT")).ReadAsync<PairLimitsDto>();
        var other = await (await client.GetAsync("/api/v1/settings/risk/pairs/ETHUSDT")).ReadAsync<PairLimitsDto>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(4, read.Portfolio.MaxOpenPositions);
        Assert.Equal(4, heard?.Portfolio.MaxOpenPositions);
        Assert.Equal((true, 0.02), (pair.Overridden, pair.Limits.Fraction));
        Assert.Equal((false, 0.05), (other.Overridden, other.Limits.Fraction));
    }

    [Fact]
    public async Task PutRisk_Invalid_Returns400PerSectionAndKeepsTheLimits()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var put = await client.PutAsJsonAsync(
            "/api/v1/settings/risk",
            new { portfolio = new { maxExposure = 2.0 }, @default = new { stopLoss = -1 } }
        );
        var errors = await put.ReadFieldErrorsAsync();
        var read = await (await client.GetAsync("/api/v1/settings/risk")).ReadAsync<RiskSettings>();

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains(errors["portfolio"], m => m.StartsWith("Max exposure", StringComparison.Ordinal));
        Assert.Contains(errors["default"], m => m.Contains("stop-loss", StringComparison.Ordinal));
        Assert.Equal(0.8, read.Portfolio.MaxExposure);
    }

    [Fact]
    public async Task PairOverride_PutThenDelete_FallsBackToDefault()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var put = await client.PutAsJsonAsync("/api/v1/settings/risk/pairs/solusdt", new { fraction = 0.03 });
        var bad = await client.PutAsJsonAsync("/api/v1/settings/risk/pairs/SOLUSDT", new { fraction = 3 });
        var badSymbol = await client.GetAsync("/api/v1/settings/risk/pairs/x");
        var deleted = await client.DeleteAsync("/api/v1/settings/risk/pairs/SOLUSDT");
        var again = await client.DeleteAsync("/api/v1/settings/risk/pairs/SOLUSDT");

        Assert.Equal(0.03, (await put.ReadAsync<PairLimitsDto>()).Limits.Fraction);
        Assert.Contains("pairs.SOLUSDT", (await bad.ReadFieldErrorsAsync()).Keys);
        Assert.Contains("symbol", (await badSymbol.ReadFieldErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task PutRules_GoodAndBad()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var good = await client.PutAsJsonAsync(
            "/api/v1/settings/rules",
            new
            {
                entryThreshold = 0.4,
                exitThreshold = -0.2,
                agentWeights = new { technical = 2.0 },
            }
        );
        var bad = await client.PutAsJsonAsync(
            "/api/v1/settings/rules",
            new { entryThreshold = -0.5, exitThreshold = 0 }
        );
        var broken = await client.PutAsync(
            "/api/v1/settings/rules",
            new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")
        );
        var read = await (await client.GetAsync("/api/v1/settings/rules")).ReadAsync<RuleEngineOptions>();

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("exitThreshold", (await bad.ReadFieldErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal((0.4, 2.0), (read.EntryThreshold, read.AgentWeights["technical"]));
    }

    [Fact]
    public async Task PutLlm_WithKey_StoresKeyEncryptedAndShowsItMaskedOnly()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        const string key = "sk-live-abcdefghijklmnop-7788";

        var put = await client.PutAsJsonAsync(
            "/api/v1/settings/llm",
            new
            {
                settings = new
                {
                    enabled = true,
                    endpoint = "http://127.0.0.1:9/v1",
                    model = "local",
                    temperature = 0.1,
                },
                apiKey = key,
            }
        );
        var body = await put.Content.ReadAsStringAsync();
        var read = await (await client.GetAsync("/api/v1/settings/llm")).ReadAsync<LlmSettingsDto>();
        var bad = await client.PutAsJsonAsync(
            "/api/v1/settings/llm",
            new
            {
                settings = new
                {
                    enabled = true,
                    temperature = 5,
                    model = "",
                },
                apiKey = " ",
            }
        );
        var errors = await bad.ReadFieldErrorsAsync();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.DoesNotContain("abcdefghijklmnop", body, StringComparison.Ordinal);
        Assert.Equal("sk-…7788", read.ApiKeyMasked);
        Assert.Equal(("local", 0.1), (read.Settings.Model, read.Settings.Temperature));
        Assert.Equal(
            ["apiKey", "settings.endpoint", "settings.model", "settings.temperature"],
            errors.Keys.Order(StringComparer.Ordinal)
        );
        Assert.Equal("local", factory.Services.GetRequiredService<LlmSettingsStore>().Current.Model);
    }
}
