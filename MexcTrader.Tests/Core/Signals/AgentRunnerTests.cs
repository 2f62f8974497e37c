using System.Diagnostics;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;

namespace MexcTrader.Tests.Core.Signals;

public sealed class AgentRunnerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_WhenOneAgentThrowsAndOneHangs_OthersStillSignalAndFaultsAreRecorded()
    {
        using var release = new ManualResetEventSlim();
        var pair = Pair("BTCUSDT", new EchoAgent("good"), new ThrowingAgent(), new SlowAgent(release));
        var sut = new AgentRunner(TimeProvider.System, TimeSpan.FromMilliseconds(200));

        var result = await sut.RunAsync([new PairUpdate(pair, Candle(0, 100))], CancellationToken.None);

        Assert.True(result.Signals.Count == 1, string.Join("; ", result.Faults));
        var signal = Assert.Single(result.Signals);
        Assert.Equal("good", signal.AgentId);
        Assert.Equal(T0.AddHours(1), signal.Time);
        Assert.Equal(2, result.Faults.Count);
        Assert.Contains(
            result.Faults,
            f =>
                f is { AgentId: "throws", Kind: AgentFaultKind.Threw }
                && f.Message.Contains("boom", StringComparison.Ordinal)
        );
        Assert.Contains(result.Faults, f => f is { AgentId: "slow", Kind: AgentFaultKind.TimedOut });

        var next = await sut.RunAsync([new PairUpdate(pair, Candle(1, 101))], CancellationToken.None);

        Assert.Contains(next.Faults, f => f is { AgentId: "slow", Kind: AgentFaultKind.StillBusy });
        Assert.Equal("good", Assert.Single(next.Signals).AgentId);
        release.Set();
    }

    [Fact]
    public async Task RunAsync_WhenOnePairIsSlow_OtherPairsFinishWithinTheTimeout()
    {
        using var release = new ManualResetEventSlim();
        var slowPair = Pair("ETHUSDT", new SlowAgent(release));
        var pairs = Enumerable.Range(0, 20).Select(i => Pair($"P{i:00}USDT", new EchoAgent("good"))).ToList();
        var sut = new AgentRunner(TimeProvider.System, TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var result = await sut.RunAsync(
            [new PairUpdate(slowPair, Candle(0, 1)), .. pairs.Select(p => new PairUpdate(p, Candle(0, 1)))],
            CancellationToken.None
        );

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(20, result.Signals.Count);
        Assert.Equal("ETHUSDT", Assert.Single(result.Faults).Symbol.Value);
        release.Set();
    }

    [Fact]
    public async Task RunAsync_WhenAgentEmitsOutOfRangeScore_RecordsInvalidSignalFault()
    {
        var pair = Pair("BTCUSDT", new EchoAgent("wild", score: 3));
        var sut = new AgentRunner(TimeProvider.System, TimeSpan.FromSeconds(5));

        var result = await sut.RunAsync([new PairUpdate(pair, Candle(0, 1))], CancellationToken.None);

        Assert.Empty(result.Signals);
        Assert.Equal(AgentFaultKind.InvalidSignal, Assert.Single(result.Faults).Kind);
    }

    private static PairAgents Pair(string symbol, params ISignalAgent[] agents) =>
        new(new PairState(new Symbol(symbol), Interval.OneHour), agents);

    private static Bar Candle(int hour, double close) => new(T0.AddHours(hour), close, close, close, close, 1);

    private sealed class EchoAgent(string id, double score = 0.5) : ISignalAgent
    {
        public string Id => id;
        public int Version => 1;
        public object Parameters => new();
        public int WarmUp => 1;

        public Signal? Evaluate(PairState state) =>
            new(
                state.Symbol,
                id,
                1,
                state.Now,
                score,
                0.5,
                TimeSpan.FromHours(1),
                "echo",
                new Dictionary<string, double>()
            );
    }

    private sealed class ThrowingAgent : ISignalAgent
    {
        public string Id => "throws";
        public int Version => 1;
        public object Parameters => new();
        public int WarmUp => 1;

        public Signal? Evaluate(PairState state) => throw new InvalidOperationException("boom");
    }

    private sealed class SlowAgent(ManualResetEventSlim release) : ISignalAgent
    {
        public string Id => "slow";
        public int Version => 1;
        public object Parameters => new();
        public int WarmUp => 1;

        public Signal? Evaluate(PairState state)
        {
            release.Wait(TimeSpan.FromSeconds(30));
            return null;
        }
    }
}
