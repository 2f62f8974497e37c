using System.Net;
using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Risk;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Api;

public sealed class DecisionsApiTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_AfterCyclesAreRecorded_FiltersByEngineAndPagesNewestFirst()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var journal = factory.Services.GetRequiredService<IDecisionJournal>();
        for (var i = 0; i < 3; i++)
        {
            var (snapshot, outcome) = JournalKit.Cycle(
                T0.AddHours(i),
                i == 1 ? JournalKit.RuleEngine : JournalKit.LlmEngine
            );
            await journal.RecordAsync(snapshot, outcome, CancellationToken.None);
        }

        var page = await (await client.GetAsync("/api/v1/decisions?pageSize=1&page=1")).ReadAsync<JournalPage>();
        var rules = await (await client.GetAsync("/api/v1/decisions?engine=rules")).ReadAsync<JournalPage>();
        var one = await (
            await client.GetAsync($"/api/v1/decisions/{rules.Items[0].CycleId}")
        ).ReadAsync<JournalCycle>();
        var missing = await client.GetAsync("/api/v1/decisions/42");
        var events = await (await client.GetAsync("/api/v1/risk/events?limit=2")).ReadAsync<JournalRiskEvent[]>();

        Assert.Equal(3, page.Total);
        Assert.Equal(T0.AddHours(1), Assert.Single(page.Items).Time);
        Assert.Equal(T0.AddHours(1), Assert.Single(rules.Items).Time);
        Assert.Equal(RiskOutcome.Rejected, one.Records[1].Outcome);
        Assert.Contains("fallback", Assert.Single(one.Notes), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(2, events.Length);
        Assert.Equal(T0.AddHours(2), events[0].Time);
    }

    [Theory]
    [InlineData("symbol=bad-pair!", "symbol")]
    [InlineData("outcome=Maybe", "outcome")]
    [InlineData("from=yesterday", "from")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z", "from")]
    public async Task List_BadQuery_Returns400NamingTheField(string query, string field)
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/decisions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadFieldErrorsAsync()).Keys);
    }
}
