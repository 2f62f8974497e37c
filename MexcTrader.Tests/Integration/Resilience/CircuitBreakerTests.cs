using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>The product's breaker defaults: a real outage still opens the circuit, and it closes again afterwards.</summary>
public sealed class CircuitBreakerTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>, IDisposable
{
    private const string AccountGet = "GET /api/v3/account";

    public void Dispose() => sim.Sim.Faults.Clear();

    [Fact]
    public async Task Outage_EveryRequestFails_BreakerOpensStopsSendingThenRecovers()
    {
        var counter = new WireCounter();
        using var services = ResilienceHarness.Client(
            sim.Sim,
            out var client,
            new Dictionary<string, string> { ["BreakerBreakSeconds"] = "1", ["ReadRetries"] = "1" },
            counter: counter
        );
        Assert.True((await client.GetAccountAsync(default)).IsSuccess);
        sim.Sim.Faults.Add(new FaultRule(FaultKind.ServerError, StatusCode: 503));

        var failures = new List<Failure>();
        for (var i = 0; i < 40; i++)
        {
            var account = await client.GetAccountAsync(default);
            Assert.False(account.IsSuccess);
            failures.Add(account.Failure);
        }
        var sentDuringOutage = counter[AccountGet];

        var firstUnsent = failures.FindIndex(f => f.Message.Contains("not sent", StringComparison.Ordinal));
        Assert.InRange(firstUnsent, 1, 20); // open after the minimum throughput, well before the 40 calls end
        Assert.True(sentDuringOutage < 1 + 40 * 2, $"{sentDuringOutage} requests hit the failing exchange");
        Assert.All(failures.Take(firstUnsent), f => Assert.Equal(MexcErrorCodes.ServerError, f.Code));
        Assert.All(failures.Skip(firstUnsent), f => Assert.Equal(MexcFailures.CircuitOpen("/api/v3/account"), f));

        sim.Sim.Faults.Clear();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var recovered = await client.GetAccountAsync(default);
        Assert.True(recovered.IsSuccess, recovered.Failure?.ToString());
    }
}
