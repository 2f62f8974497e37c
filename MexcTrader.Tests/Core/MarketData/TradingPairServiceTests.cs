using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.MarketData;

public sealed class TradingPairServiceTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly ITradableSymbols AnyPair = new FixedTradableSymbols(
        "test",
        [Btc, new Symbol("XRPUSDT"), new Symbol("ADAUSDT"), new Symbol("ETHUSDT")]
    );

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddThenUpdate_StoresNormalisedIntervalsAndTimes(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var clock = new SteppingClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var sut = new TradingPairService(database.ContextFactory, clock, AnyPair);

        var added = await sut.AddAsync(
            new TradingPairDraft(Btc, false, [Interval.OneDay, Interval.OneMinute, Interval.OneDay]),
            CancellationToken.None
        );
        var updated = await sut.UpdateAsync(Btc, true, null, CancellationToken.None);
        var stored = (await sut.GetAsync(Btc, CancellationToken.None)).Value;

        Assert.True(added.IsSuccess);
        Assert.True(updated.IsSuccess);
        Assert.True(stored.Enabled);
        Assert.Equal([Interval.OneMinute, Interval.OneDay], stored.Intervals);
        Assert.Equal(clock.Start, stored.CreatedAt);
        Assert.Equal(clock.Start.AddMinutes(1), stored.UpdatedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddAsync_ExistingSymbol_FailsWithAlreadyExistsAndKeepsTheFirst(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new TradingPairService(database.ContextFactory, TimeProvider.System, AnyPair);
        await sut.AddAsync(new TradingPairDraft(Btc, true, [Interval.OneHour]), CancellationToken.None);

        var second = await sut.AddAsync(new TradingPairDraft(Btc, false, [Interval.OneDay]), CancellationToken.None);

        Assert.Equal(TradingPairFailures.AlreadyExists, second.Failure?.Code);
        var only = Assert.Single(await sut.ListAsync(CancellationToken.None));
        Assert.Equal((true, Interval.OneHour), (only.Enabled, only.Intervals.Single()));
    }

    [Fact]
    public async Task UpdateAsync_UnknownSymbol_FailsWithNotFound()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new TradingPairService(database.ContextFactory, TimeProvider.System, AnyPair);

        var result = await sut.UpdateAsync(Btc, false, [Interval.OneHour], CancellationToken.None);

        Assert.Equal(TradingPairFailures.NotFound, result.Failure?.Code);
        Assert.Empty(await sut.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_NoIntervals_FailsAndStoresNothing()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new TradingPairService(database.ContextFactory, TimeProvider.System, AnyPair);

        var result = await sut.AddAsync(new TradingPairDraft(Btc, true, []), CancellationToken.None);

        Assert.Equal(TradingPairFailures.NoIntervals, result.Failure?.Code);
        Assert.Empty(await sut.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_SeveralPairs_SortsBySymbol()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new TradingPairService(database.ContextFactory, TimeProvider.System, AnyPair);
        foreach (var symbol in new[] { "XRPUSDT", "ADAUSDT", "ETHUSDT" })
        {
            await sut.AddAsync(
                new TradingPairDraft(new Symbol(symbol), true, [Interval.OneHour]),
                CancellationToken.None
            );
        }

        var pairs = await sut.ListAsync(CancellationToken.None);

        Assert.Equal(["ADAUSDT", "ETHUSDT", "XRPUSDT"], pairs.Select(p => p.Symbol.Value));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddAsync_SymbolTheExchangeRefuses_FailsWithItsReasonAndStoresNothing(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new TradingPairService(database.ContextFactory, TimeProvider.System, AnyPair);

        var result = await sut.AddAsync(
            new TradingPairDraft(new Symbol("DOGEUSDT"), true, [Interval.OneHour]),
            CancellationToken.None
        );

        Assert.Equal(TradingPairFailures.UnknownSymbol, result.Failure?.Code);
        Assert.Contains(
            "DOGEUSDT is not one of the pairs test offers",
            result.Failure!.Message,
            StringComparison.Ordinal
        );
        Assert.Empty(await sut.ListAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RemoveAsync_ConfiguredThenUnknown_RemovesOnceThenFailsWithNotFound(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new TradingPairService(database.ContextFactory, TimeProvider.System, AnyPair);
        await sut.AddAsync(new TradingPairDraft(Btc, true, [Interval.OneHour]), CancellationToken.None);

        var first = await sut.RemoveAsync(Btc, CancellationToken.None);
        var second = await sut.RemoveAsync(Btc, CancellationToken.None);

        Assert.True(first.IsSuccess);
        Assert.Equal(TradingPairFailures.NotFound, second.Failure?.Code);
        Assert.Empty(await sut.ListAsync(CancellationToken.None));
    }

    /// <summary>Each read of the time moves one minute on, so "created" and "updated" differ predictably.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private int _reads;

        public DateTimeOffset Start { get; } = start;

        public override DateTimeOffset GetUtcNow() => Start.AddMinutes(_reads++);
    }
}
