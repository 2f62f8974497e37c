using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Signals.Storage;

public sealed class AgentSettingsServiceTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveThenList_StoresValidSettingsAndTheyGoWithThePair(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var pairs = new TradingPairService(
            database.ContextFactory,
            TimeProvider.System,
            new FixedTradableSymbols("test", [Btc])
        );
        await pairs.AddAsync(new TradingPairDraft(Btc, true, [Interval.OneHour]), CancellationToken.None);
        var sut = new AgentSettingsService(database.ContextFactory, SignalAgentCatalog.Default, TimeProvider.System);

        var saved = await sut.SaveAsync(
            Btc,
            TechnicalAnalysisAgent.AgentId,
            false,
            new Dictionary<string, string>
            {
                ["fastmaperiod"] = " 12 ",
                ["BollingerDeviations"] = "2.5",
                ["RsiPeriod"] = "",
            },
            CancellationToken.None
        );
        var listed = (await sut.ListAsync(Btc, CancellationToken.None)).Value;
        await pairs.RemoveAsync(Btc, CancellationToken.None);
        await pairs.AddAsync(new TradingPairDraft(Btc, true, [Interval.OneHour]), CancellationToken.None);
        var afterReAdd = (await sut.ListAsync(Btc, CancellationToken.None)).Value;

        Assert.True(saved.IsSuccess);
        var technical = Assert.Single(listed);
        Assert.False(technical.Enabled);
        Assert.Equal("12", technical.Parameters["FastMaPeriod"]);
        Assert.Equal("2.5", technical.Parameters["BollingerDeviations"]);
        Assert.False(technical.Parameters.ContainsKey("RsiPeriod"));
        Assert.Contains(
            technical.Available,
            p => p is { Name: "RsiPeriod", Kind: "integer", Default: "14", Minimum: "2" }
        );
        // removing the pair removed its settings: re-added, the agent runs enabled at its defaults
        var fresh = Assert.Single(afterReAdd);
        Assert.True(fresh.Enabled);
        Assert.Empty(fresh.Parameters);
        Assert.Null(fresh.UpdatedAt);
    }

    [Fact]
    public async Task SaveAsync_BadParameters_FailsAndStoresNothing()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await new TradingPairService(
            database.ContextFactory,
            TimeProvider.System,
            new FixedTradableSymbols("t", [Btc])
        ).AddAsync(new TradingPairDraft(Btc, true, [Interval.OneHour]), CancellationToken.None);
        var sut = new AgentSettingsService(database.ContextFactory, SignalAgentCatalog.Default, TimeProvider.System);

        var saved = await sut.SaveAsync(
            Btc,
            TechnicalAnalysisAgent.AgentId,
            true,
            new Dictionary<string, string> { ["FastMaPeriod"] = "60", ["SlowMaPeriod"] = "50" },
            CancellationToken.None
        );

        Assert.Equal(AgentSettingsFailures.BadParameters, saved.Failure?.Code);
        Assert.Contains("FastMaPeriod must be below SlowMaPeriod", saved.Failure!.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single((await sut.ListAsync(Btc, CancellationToken.None)).Value).UpdatedAt);
    }

    [Fact]
    public async Task SaveAsync_UnknownPairOrAgent_FailsWithTheirCodes()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new AgentSettingsService(database.ContextFactory, SignalAgentCatalog.Default, TimeProvider.System);

        var noPair = await sut.SaveAsync(Btc, TechnicalAnalysisAgent.AgentId, true, null, CancellationToken.None);
        var noAgent = await sut.SaveAsync(Btc, "astrology", true, null, CancellationToken.None);

        Assert.Equal(TradingPairFailures.NotFound, noPair.Failure?.Code);
        Assert.Equal(AgentSettingsFailures.UnknownAgent, noAgent.Failure?.Code);
        Assert.Contains("Known: technical", noAgent.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EachKindOfMistake_IsReportedOnItsField()
    {
        var factory = new TechnicalAnalysisAgentFactory();

        var errors = AgentSettingsCheck.Run(
            factory,
            Btc,
            new Dictionary<string, string>
            {
                ["RsiPeriod"] = "abc",
                ["AdxPeriod"] = "1",
                ["Colour"] = "blue",
                ["MfiPeriod"] = "20",
            }
        );
        var crossField = AgentSettingsCheck.Run(
            factory,
            Btc,
            new Dictionary<string, string> { ["MacdFast"] = "30", ["MacdSlow"] = "20" }
        );

        Assert.Equal(["AdxPeriod", "Colour", "RsiPeriod"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("not a valid Int32", errors["RsiPeriod"], StringComparison.Ordinal);
        Assert.Contains("between 2 and 200", errors["AdxPeriod"], StringComparison.Ordinal);
        Assert.Contains("unknown setting 'Colour'", errors["Colour"], StringComparison.Ordinal);
        Assert.Equal("MacdFast must be below MacdSlow.", Assert.Single(crossField).Value);
        Assert.Equal("MacdFast", crossField.Keys.Single());
    }
}
