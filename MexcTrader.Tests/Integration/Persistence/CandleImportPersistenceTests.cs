using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.Core.MarketData;
using MexcTrader.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Tests.Integration.Persistence;

/// <summary>The same import cases on SQLite and on a real PostgreSQL server.</summary>
public sealed class CandleImportPersistenceTests : IDisposable
{
    private const int Btc1hRows = 51_324;
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");
    private static readonly DateTimeOffset Ever = DateTimeOffset.FromUnixTimeMilliseconds(0);
    private static readonly DateTimeOffset Never = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CandleTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Btc1h => SharedData.File("data/binance-spot/BTCUSDT-1h.csv");

    private static CandleImporter Importer(TestDatabase database) =>
        new(CandleBulkLoaders.For(database.Connection), TimeProvider.System);

    private static Task<long> CountAsync(TestDatabase database, Symbol symbol) =>
        new CandleReader(database.ContextFactory).CountAsync(symbol, Interval.OneHour, CancellationToken.None);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Btcusdt1h_IsStoredInFull_AndASecondImportAddsNothing(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var importer = Importer(database);
        var request = new CandleImportRequest(Btc1h, Btc, Interval.OneHour);

        var first = await importer.ImportAsync(request, null, CancellationToken.None);

        Assert.True(first.IsSuccess, first.Failure?.ToString());
        Assert.Equal(
            (Btc1hRows, Btc1hRows, 0L),
            (first.Value.RowsRead, first.Value.RowsAdded, first.Value.RowsPresent)
        );
        Assert.Equal(Btc1hRows, await CountAsync(database, Btc));

        var second = await importer.ImportAsync(request, null, CancellationToken.None);

        Assert.True(second.IsSuccess, second.Failure?.ToString());
        Assert.Equal(
            (Btc1hRows, 0L, (long)Btc1hRows),
            (second.Value.RowsRead, second.Value.RowsAdded, second.Value.RowsPresent)
        );
        Assert.Equal(Btc1hRows, await CountAsync(database, Btc));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ValuesReadBack_EqualTheFilesDecimals(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var result = await Importer(database)
            .ImportAsync(new CandleImportRequest(Btc1h, Btc, Interval.OneHour), null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        var expected = CandleFileReader.Read(Btc1h, Btc, Interval.OneHour).Value.Candles;

        var stored = await ReadAllAsync(database, Btc, Interval.OneHour);

        Assert.Equal(expected.Count, stored.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], stored[i]);
        }
        Assert.Equal(expected.Count(c => c.Volume == 0), stored.Count(c => c.Volume == 0));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExtremeDecimals_AndQuoteVolumes_RoundTripExactly(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var path = _files.Write(
            "extreme.csv",
            "1502942400000,0.00000001,0.30000000000000004,0.00000001,0.1,1234567890123456.123456789012,1502945999999,0.0000000000000000000000000001,1,0,0,0\n"
                + "1502946000000,12345678901234567890.12345678,12345678901234567890.12345679,12345678901234567890.12345677,12345678901234567890.12345678,0,1502949599999,79228162514264337593543950335,1,0,0,0\n"
        );
        var expected = CandleFileReader.Read(path, Btc, Interval.OneHour).Value.Candles;
        var kline = CandleFileReader.Read(CandleTestFiles.Path(CandleTestFiles.Kline), Eth, Interval.OneHour).Value;

        var importer = Importer(database);
        Assert.True((await importer.ImportAsync(new(path, Btc, Interval.OneHour), null, default)).IsSuccess);
        Assert.True(
            (
                await importer.ImportAsync(
                    new(CandleTestFiles.Path(CandleTestFiles.Kline), Eth, Interval.OneHour),
                    null,
                    default
                )
            ).IsSuccess
        );

        Assert.Equal(expected, await ReadAllAsync(database, Btc, Interval.OneHour));
        Assert.Equal(kline.Candles, await ReadAllAsync(database, Eth, Interval.OneHour));
        Assert.Equal(202177.93662140m, (await ReadAllAsync(database, Eth, Interval.OneHour))[0].QuoteVolume);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task FileWithOneMalformedRow_IsRejectedWithItsLine_AndTheStoreIsUnchanged(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var importer = Importer(database);
        Assert.True((await importer.ImportAsync(new(Btc1h, Btc, Interval.OneHour), null, default)).IsSuccess);
        // The same candles as another pair, with line 40,000 broken: every other row would be new.
        var lines = File.ReadAllLines(Btc1h);
        var fields = lines[39_999].Split(',');
        (fields[2], fields[3]) = (fields[3], fields[2] + "1"); // high below low
        lines[39_999] = string.Join(',', fields);
        var path = _files.Write("broken.csv", string.Join('\n', lines) + "\n");

        var result = await importer.ImportAsync(new(path, Eth, Interval.OneHour), null, default);

        Assert.False(result.IsSuccess);
        Assert.Equal(ImportFailures.InvalidCandle, result.Failure.Code);
        Assert.StartsWith("line 40000: high ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(" is below low ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(database, Eth));
        Assert.Equal(Btc1hRows, await CountAsync(database, Btc));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OverlappingFile_AddsOnlyTheNewRows(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var importer = Importer(database);
        var lines = File.ReadAllLines(Btc1h);
        var firstPart = _files.Write("first.csv", string.Join('\n', lines[..30_001]) + "\n");
        var middle = _files.Write("middle.csv", string.Join('\n', [lines[0], .. lines[20_001..45_001]]) + "\n");

        var a = await importer.ImportAsync(new(firstPart, Btc, Interval.OneHour), null, default);
        var b = await importer.ImportAsync(new(middle, Btc, Interval.OneHour), null, default);
        var c = await importer.ImportAsync(new(Btc1h, Btc, Interval.OneHour), null, default);

        Assert.Equal((30_000L, 0L), (a.Value.RowsAdded, a.Value.RowsPresent));
        Assert.Equal((15_000L, 10_000L), (b.Value.RowsAdded, b.Value.RowsPresent));
        Assert.Equal((6_324L, 45_000L), (c.Value.RowsAdded, c.Value.RowsPresent));
        Assert.Equal(Btc1hRows, await CountAsync(database, Btc));
        Assert.Equal(
            CandleFileReader.Read(Btc1h, Btc, Interval.OneHour).Value.Candles,
            await ReadAllAsync(database, Btc, Interval.OneHour)
        );
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ConcurrentImportsOfOneFile_StoreEveryRowOnce(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var request = new CandleImportRequest(Btc1h, Btc, Interval.OneHour);

        var results = await Task.WhenAll(
            Enumerable.Range(0, 3).Select(_ => Task.Run(() => Importer(database).ImportAsync(request, null, default)))
        );

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Failure?.ToString()));
        Assert.Equal(Btc1hRows, results.Sum(r => r.Value.RowsAdded));
        Assert.Equal(2 * Btc1hRows, results.Sum(r => r.Value.RowsPresent));
        Assert.Equal(Btc1hRows, await CountAsync(database, Btc));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task BulkLoader_CountsAddedAndPresent_AndKeepsOtherSeriesApart(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var loader = CandleBulkLoaders.For(database.Connection);
        var candles = CandleFileReader
            .Read(CandleTestFiles.Path(CandleTestFiles.Ohlcv), Btc, Interval.OneHour)
            .Value.Candles;
        var asDaily = candles
            .Take(1)
            .Select(c => c with { Interval = Interval.OneDay, OpenTime = c.OpenTime.AddHours(-4) });
        var mixed = candles
            .Take(3)
            .Concat(asDaily)
            .Concat(candles.Take(2).Select(c => c with { Symbol = Eth }))
            .ToList();

        var first = await loader.LoadAsync(candles.Take(5).ToList(), default);
        var second = await loader.LoadAsync(candles, default);
        var third = await loader.LoadAsync(mixed, default);
        var empty = await loader.LoadAsync([], default);

        Assert.Equal((5L, 0L), (first.Added, first.Present));
        Assert.Equal((3L, 5L), (second.Added, second.Present));
        Assert.Equal((3L, 3L), (third.Added, third.Present));
        Assert.Equal((0L, 0L), (empty.Added, empty.Present));
        if (provider == StorageProvider.PostgreSql)
        {
            Assert.Equal(PostgresCandleBulkLoader.CopyMethod, first.Method);
            Assert.Equal(PostgresCandleBulkLoader.MergeMethod, second.Method);
        }
        var series = await new CandleReader(database.ContextFactory).ListSeriesAsync(default);
        Assert.Equal(
            [(Btc, Interval.OneHour, 8L), (Btc, Interval.OneDay, 1L), (Eth, Interval.OneHour, 2L)],
            series.Select(s => (s.Symbol, s.Interval, s.Count))
        );
    }

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(5_000)]
    public async Task Sqlite_BatchesOfAnySize_CountAddedAndPresent(int batchSize)
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var loader = new SqliteCandleBulkLoader(database.ConnectionString, batchSize);
        var candles = CandleFileReader
            .Read(CandleTestFiles.Path(CandleTestFiles.Kline), Btc, Interval.OneHour)
            .Value.Candles;

        var first = await loader.LoadAsync(candles.Skip(2).Take(4).ToList(), default);
        var second = await loader.LoadAsync(candles, default);

        Assert.Equal((4L, 0L), (first.Added, first.Present));
        Assert.Equal((4L, 4L), (second.Added, second.Present));
        Assert.Equal(candles, await ReadAllAsync(database, Btc, Interval.OneHour));
    }

    [SkippableFact]
    public async Task Sqlite_StoresDecimalsAsTheSameTextEfCoreWrites()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var candle = new Candle(
            Btc,
            Interval.OneHour,
            DateTimeOffset.FromUnixTimeMilliseconds(1502942400000),
            4261.48000000m,
            4313.62m,
            4261.32m,
            4308.83m,
            47m,
            0.0000000000000000000000000001m
        );
        await using (var db = database.CreateContext())
        {
            db.Candles.Add(candle);
            await db.SaveChangesAsync();
        }
        await CandleBulkLoaders.For(database.Connection).LoadAsync([candle with { Symbol = Eth }], default);

        await using var check = database.CreateContext();
        var texts = await check
            .Database.SqlQueryRaw<string>(
                "SELECT open || '|' || high || '|' || volume || '|' || quote_volume AS \"Value\" FROM candles ORDER BY symbol"
            )
            .ToListAsync();
        Assert.Equal(2, texts.Count);
        Assert.Equal(texts[0], texts[1]);
        Assert.Equal("4261.48|4313.62|47.0|0.0000000000000000000000000001", texts[0]);
    }

    public static TheoryData<decimal> TrickyDecimals() =>
        [
            0m,
            0.000m,
            1m,
            0.0001m,
            1.0001m,
            10000m,
            100000000m,
            12345.6789m,
            4261.48000000m,
            0.00000001m,
            0.0000000000000000000000000001m,
            1844674407370955161.5m,
            18446744073709551616m,
            decimal.MaxValue,
            decimal.MinValue,
            -1.5m,
            -0.00010000m,
        ];

    [SkippableTheory]
    [MemberData(nameof(TrickyDecimals))]
    public async Task PostgreSql_CopyEncodesNumericsAsNpgsqlDoes(decimal value)
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        var candle = new Candle(
            Btc,
            Interval.OneHour,
            DateTimeOffset.FromUnixTimeMilliseconds(1502942400000),
            value,
            value,
            value,
            value,
            value,
            value
        );
        await using (var db = database.CreateContext())
        {
            db.Candles.Add(candle);
            await db.SaveChangesAsync();
        }
        var loaded = await CandleBulkLoaders
            .For(database.Connection)
            .LoadAsync([candle with { Symbol = Eth }], default);
        Assert.Equal(PostgresCandleBulkLoader.CopyMethod, loaded.Method);

        await using var check = database.CreateContext();
        var texts = await check
            .Database.SqlQueryRaw<string>(
                "SELECT open::text || '|' || quote_volume::text || '|' || open_time::text AS \"Value\" FROM candles ORDER BY symbol"
            )
            .ToListAsync();
        Assert.Equal(texts[0], texts[1]);
        var back = await ReadAllAsync(database, Eth, Interval.OneHour);
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(back[0].Open));
    }

    private static async Task<List<Candle>> ReadAllAsync(TestDatabase database, Symbol symbol, Interval interval)
    {
        var reader = new CandleReader(database.ContextFactory);
        var all = new List<Candle>();
        var from = Ever;
        while (true)
        {
            var window = await reader.ReadAsync(new CandleRange(symbol, interval, from, Never), 20_000, default);
            all.AddRange(window);
            if (window.Count < 20_000)
            {
                return all;
            }
            from = window[^1].OpenTime.AddMilliseconds(1);
        }
    }
}
