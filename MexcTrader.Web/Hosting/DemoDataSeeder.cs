using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Web.Hosting;

/// <summary>
/// Demo mode (App:SeedDemoData): loads the real 1h candles shipped in SampleData/ through the importer and follows
/// their pairs. Idempotent: candles already stored are skipped (a re-run only checks them), pairs already listed are
/// left as they are. The product reads only its own SampleData folder, never the team's shared data.
/// </summary>
public sealed class DemoDataSeeder(
    ICandleImporter importer,
    IDbContextFactory<TradingDbContext> contexts,
    TimeProvider time,
    ILogger<DemoDataSeeder> log
) : IStartupSeeder
{
    public static readonly IReadOnlyList<(string File, Symbol Symbol)> Samples =
    [
        ("BTCUSDT-1h.csv", new Symbol("BTCUSDT")),
        ("ETHUSDT-1h.csv", new Symbol("ETHUSDT")),
        ("SOLUSDT-1h.csv", new Symbol("SOLUSDT")),
    ];

    public const Interval SampleInterval = Interval.OneHour;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "SampleData");

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var (file, symbol) in Samples)
        {
            var path = Path.Combine(Folder, file);
            var result = await importer
                .ImportAsync(new CandleImportRequest(path, symbol, SampleInterval), null, ct)
                .ConfigureAwait(false);
            if (result.IsSuccess)
            {
                log.LogInformation(
                    "Demo sample {File}: {Added} candles added, {Present} already present",
                    file,
                    result.Value.RowsAdded,
                    result.Value.RowsPresent
                );
            }
            else
            {
                log.LogWarning("Demo sample {File} not loaded: {Failure}", file, result.Failure);
            }
        }
        await FollowPairsAsync(ct).ConfigureAwait(false);
    }

    private async Task FollowPairsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var known = await db.TradingPairs.Select(p => p.Symbol).ToListAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var (_, symbol) in Samples.Where(s => !known.Contains(s.Symbol)))
        {
            db.TradingPairs.Add(
                new TradingPair
                {
                    Symbol = symbol,
                    Enabled = true,
                    Intervals = [SampleInterval],
                    CreatedAt = now,
                    UpdatedAt = now,
                }
            );
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            log.LogInformation("Demo pairs followed: {Pairs}", string.Join(", ", Samples.Select(s => s.Symbol)));
        }
    }
}
