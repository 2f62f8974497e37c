using System.Net;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Api;

public sealed class SignalsApiTests : IAsyncLifetime, IDisposable
{
    private readonly ApiFactory _factory = new();
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<SignalStore>();
        var signals = Enumerable
            .Range(0, 12)
            .SelectMany(h =>
                new[]
                {
                    StoredSignals.At("BTCUSDT", "technical", h, h % 2 == 0 ? 0.8 : -0.8, $"btc hour {h}"),
                    StoredSignals.At("ETHUSDT", "technical", h, 0.6, $"eth hour {h}"),
                }
            )
            .ToList();
        // BTC: even hours right (price rose), odd hours wrong; ETH: all right
        var outcomes = signals
            .Select(s => new SignalOutcome(s, 100, 101, 0.01, true))
            .Select(o => o.Signal.Score < 0 ? o with { Hit = false } : o)
            .ToList();
        await store.AppendAsync([.. signals.Select(s => new SignalEntry(s, null))], [], [], CancellationToken.None);
        await store.AppendAsync(
            [],
            [
                new AgentFault(
                    new Symbol("BTCUSDT"),
                    "technical",
                    1,
                    StoredSignals.Start,
                    AgentFaultKind.TimedOut,
                    "slow"
                ),
            ],
            outcomes,
            CancellationToken.None
        );
    }

    [Fact]
    public async Task List_FilteredByPairAndRange_PagesNewestFirst()
    {
        var page = await (
            await _client.GetAsync(
                "/api/v1/signals?symbol=btcusdt&agent=technical&from=2025-01-01T02:00:00Z&to=2025-01-01T10:00:00Z&page=2&pageSize=3"
            )
        ).ReadAsync<SignalPageDto>();

        // hours 2..9 match (8); page 2 of 3 holds hours 6, 5, 4
        Assert.Equal((8L, 3, 2), (page.Total, page.TotalPages, page.Page));
        Assert.Equal(["btc hour 6", "btc hour 5", "btc hour 4"], page.Items.Select(i => i.Rationale));
        Assert.All(page.Items, i => Assert.True(i.Scored));
        Assert.Equal([true, false, true], page.Items.Select(i => i.Hit));
        Assert.Equal(55.5 + 6, page.Items[0].Features["rsi"]);
    }

    [Fact]
    public async Task Accuracy_PerPairAndOverall_CountsTheScoredSignals()
    {
        var accuracy = await (await _client.GetAsync("/api/v1/signals/accuracy")).ReadAsync<AgentAccuracyDto[]>();
        var btcOnly = await (
            await _client.GetAsync("/api/v1/signals/accuracy?symbol=BTCUSDT")
        ).ReadAsync<AgentAccuracyDto[]>();

        Assert.Equal(
            [("BTCUSDT", 12, 6), ("ETHUSDT", 12, 12), ((string?)null, 24, 18)],
            accuracy.Select(a => (a.Symbol, a.Scored, a.Hits))
        );
        Assert.Equal(0.75, accuracy[2].HitRate);
        Assert.Equal(0.5, btcOnly[0].HitRate);
        Assert.Equal(2, btcOnly.Length);
    }

    [Fact]
    public async Task Faults_ListsTheStoredFault()
    {
        var faults = await (
            await _client.GetAsync("/api/v1/signals/faults?symbol=BTCUSDT")
        ).ReadAsync<AgentFaultDto[]>();

        var fault = Assert.Single(faults);
        Assert.Equal((AgentFaultKind.TimedOut, "slow"), (fault.Kind, fault.Message));
    }

    [Fact]
    public async Task List_BadFilters_ReturnsAFieldErrorForEach()
    {
        var response = await _client.GetAsync(
            "/api/v1/signals?symbol=BTC-USDT&from=yesterday&page=0&pageSize=100000&agent=" + new string('a', 80)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["agent", "from", "page", "pageSize", "symbol"],
            (await response.ReadFieldErrorsAsync()).Keys.Order(StringComparer.Ordinal)
        );
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
