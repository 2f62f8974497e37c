using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Core.Decisions.Llm;

public sealed class LlmHealthTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 5, 1, 22, 0, 0, TimeSpan.Zero));
    private readonly LlmOptions _options = new()
    {
        Enabled = true,
        DailyBudgetUsd = 1m,
        Breakers = new LlmBreakerOptions
        {
            Window = 4,
            MinCalls = 3,
            MaxFailureRate = 0.5,
            MaxLatency = TimeSpan.FromSeconds(2),
            LatencyPercentile = 0.75,
        },
    };

    private LlmHealth Sut() => new(new FixedOptions<LlmOptions>(_options), _clock);

    [Fact]
    public void Record_FailureRateAboveLimit_TripsOnlyOnceMinCallsAreIn()
    {
        var sut = Sut();

        sut.Record(TimeSpan.FromMilliseconds(100), 0m, failed: true);
        sut.Record(TimeSpan.FromMilliseconds(100), 0m, failed: true);
        var beforeMinCalls = sut.Check();
        sut.Record(TimeSpan.FromMilliseconds(100), 0m, failed: false);

        Assert.True(beforeMinCalls.IsAvailable);
        Assert.Equal(LlmBreakerCodes.FailureRate, sut.Check().Code);
        Assert.Contains("2 of the last 3", sut.Check().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_FailuresAtTheLimit_DoNotTrip()
    {
        var sut = Sut();

        sut.Record(TimeSpan.Zero, 0m, failed: false);
        sut.Record(TimeSpan.Zero, 0m, failed: true);
        sut.Record(TimeSpan.Zero, 0m, failed: false);
        sut.Record(TimeSpan.Zero, 0m, failed: true);

        Assert.True(sut.Check().IsAvailable); // 1 of 3, then 2 of 4 = 50 %: never above
    }

    [Fact]
    public void Record_LatencyPercentileOverLimit_Trips()
    {
        var sut = Sut();

        foreach (var ms in (int[])[500, 600, 2500])
        {
            sut.Record(TimeSpan.FromMilliseconds(ms), 0m, failed: false);
        }

        Assert.Equal(LlmBreakerCodes.Latency, sut.Check().Code);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), sut.Status.LatencyPercentile); // nearest rank of p75 over 3 calls
    }

    [Fact]
    public void Record_OneSlowCallAmongFast_StaysUnderThePercentile()
    {
        var sut = Sut();

        foreach (var ms in (int[])[500, 600, 700, 5000])
        {
            sut.Record(TimeSpan.FromMilliseconds(ms), 0m, failed: false);
        }

        Assert.True(sut.Check().IsAvailable);
        Assert.Equal(TimeSpan.FromMilliseconds(700), sut.Status.LatencyPercentile);
    }

    [Fact]
    public void BudgetTrip_ClosesByItselfAtTheUtcDayChange_OtherTripsWaitForReset()
    {
        var sut = Sut();
        sut.Record(TimeSpan.Zero, 1.2m, failed: false);
        var overBudget = sut.Check();

        _clock.Advance(TimeSpan.FromHours(2)); // 00:00 UTC
        var nextDay = sut.Check();
        var spentAfterRoll = sut.Status.SpentTodayUsd;
        for (var i = 0; i < 3; i++)
        {
            sut.Record(TimeSpan.Zero, 0m, failed: true);
        }
        _clock.Advance(TimeSpan.FromDays(1));
        var failureTripNextDay = sut.Check();
        sut.Reset();

        Assert.Equal(LlmBreakerCodes.Budget, overBudget.Code);
        Assert.True(nextDay.IsAvailable);
        Assert.Equal(0m, spentAfterRoll);
        Assert.Equal(LlmBreakerCodes.FailureRate, failureTripNextDay.Code);
        Assert.True(sut.Check().IsAvailable);
        Assert.Equal(0, sut.Status.CallsInWindow);
    }

    [Fact]
    public void TryAfford_CountsTheDaysSpendIncludingSeededSpend()
    {
        var sut = Sut();
        sut.SeedSpend(0.7m);

        var fits = sut.TryAfford(0.3m, out _);
        var tooMuch = sut.TryAfford(0.31m, out var detail);

        Assert.True(fits);
        Assert.False(tooMuch);
        Assert.Contains("spent 0.7 USD today", detail, StringComparison.Ordinal);
        Assert.Equal(LlmBreakerCodes.Budget, sut.Check().Code);
    }

    [Fact]
    public void Reset_DoesNotForgiveTheBudget()
    {
        var sut = Sut();
        sut.Record(TimeSpan.Zero, 1m, failed: false);

        sut.Reset();

        Assert.True(sut.Check().IsAvailable);
        Assert.False(sut.TryAfford(0.01m, out _));
        Assert.False(sut.Check().IsAvailable);
    }

    [Fact]
    public void Check_WhenDisabled_IsUnavailableWithTheDisabledCode()
    {
        _options.Enabled = false;

        Assert.Equal(LlmRejections.Disabled, Sut().Check().Code);
    }
}
