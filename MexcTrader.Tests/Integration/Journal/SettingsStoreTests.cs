using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Integration.Journal;

/// <summary>The settings stores: defaults when empty, validation before saving, round trip and change notification.</summary>
public sealed class SettingsStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RiskSettings_SavedThenLoadedByAnotherStore_RoundTripsWithOverrides(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new RiskSettingsStore(database.ContextFactory, TimeProvider.System);
        var edited = new RiskSettings
        {
            Portfolio = new PortfolioLimits { MaxOpenPositions = 3, StopOutCooldown = TimeSpan.FromHours(2) },
            Pairs = new Dictionary<string, PairLimits>
            {
                ["BTCUSDT"] = new() { Fraction = 0.1, Sizing = SizingMethod.VolatilityTarget },
            },
        };

        var empty = await sut.LoadAsync(CancellationToken.None);
        var saved = await sut.SaveAsync(edited, CancellationToken.None);
        var reloaded = await new RiskSettingsStore(database.ContextFactory, TimeProvider.System).LoadAsync(
            CancellationToken.None
        );

        Assert.Equal(8, empty.Portfolio.MaxOpenPositions);
        Assert.True(saved.IsSuccess);
        Assert.Equal(3, reloaded.Portfolio.MaxOpenPositions);
        Assert.Equal(TimeSpan.FromHours(2), reloaded.Portfolio.StopOutCooldown);
        Assert.Equal(SizingMethod.VolatilityTarget, reloaded.Pairs["BTCUSDT"].Sizing);
        Assert.Equal(0.1, reloaded.For(new MexcTrader.Core.Domain.Symbol("BTCUSDT")).Fraction);
    }

    [SkippableFact]
    public async Task RiskSettings_Invalid_IsRefusedWithFieldMessagesAndNothingChanges()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new RiskSettingsStore(database.ContextFactory, TimeProvider.System);
        var notified = 0;
        using var _ = sut.Subscribe(_ => notified++);
        var bad = new RiskSettings
        {
            Portfolio = new PortfolioLimits { MaxExposure = 1.5 },
            Pairs = new Dictionary<string, PairLimits> { ["ETHUSDT"] = new() { StopLoss = 0 } },
        };

        var problems = sut.Validate(bad);
        var saved = await sut.SaveAsync(bad, CancellationToken.None);

        Assert.Contains(
            problems,
            p => p.Field == "portfolio" && p.Message.StartsWith("Max exposure", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            p => p.Field == "pairs.ETHUSDT" && p.Message.Contains("stop-loss", StringComparison.Ordinal)
        );
        Assert.Equal(SettingsStore<RiskSettings>.InvalidCode, saved.Failure?.Code);
        Assert.Equal(0.8, sut.Current.Portfolio.MaxExposure);
        Assert.Equal(0, notified);
        Assert.Equal(0.8, (await sut.LoadAsync(CancellationToken.None)).Portfolio.MaxExposure);
    }

    [SkippableFact]
    public async Task RuleSettings_Saved_NotifiesSubscribersWithACopy()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new RuleSettingsStore(database.ContextFactory, TimeProvider.System, new RuleEngineOptions());
        RuleEngineOptions? heard = null;
        using var _ = sut.Subscribe(o => heard = o);
        var edited = new RuleEngineOptions
        {
            EntryThreshold = 0.4,
            ExitThreshold = -0.2,
            AgentWeights = new() { ["ta"] = 2.0 },
        };

        await sut.SaveAsync(edited, CancellationToken.None);
        edited.EntryThreshold = 0.9;

        Assert.Equal(0.4, heard?.EntryThreshold);
        Assert.Equal(2.0, heard?.AgentWeights["ta"]);
        Assert.Equal(0.4, sut.Current.EntryThreshold);
    }

    [SkippableFact]
    public async Task RuleSettings_EntryBelowExit_IsRefusedOnTheHysteresis()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new RuleSettingsStore(database.ContextFactory, TimeProvider.System, new RuleEngineOptions());

        var saved = await sut.SaveAsync(
            new RuleEngineOptions { EntryThreshold = 0.1, ExitThreshold = 0.2 },
            CancellationToken.None
        );

        Assert.False(saved.IsSuccess);
        Assert.Contains("hysteresis", saved.Failure.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LlmSettings_RoundTripAndValidation(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new LlmSettingsStore(database.ContextFactory, TimeProvider.System, new LlmEngineSettings());
        var edited = new LlmEngineSettings
        {
            Enabled = true,
            Endpoint = new Uri("http://127.0.0.1:1234/v1"),
            Model = "local-model",
            Temperature = 0.2,
            TimeoutSeconds = 45,
        };

        var bad = sut.Validate(edited with { Endpoint = null, Temperature = 3, TimeoutSeconds = 0 });
        await sut.SaveAsync(edited, CancellationToken.None);
        var reloaded = await new LlmSettingsStore(database.ContextFactory, TimeProvider.System, new()).LoadAsync(
            CancellationToken.None
        );

        Assert.Equal(["endpoint", "temperature", "timeoutSeconds"], bad.Select(p => p.Field));
        Assert.Equal(edited, reloaded);
    }
}
