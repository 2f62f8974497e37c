using System.Diagnostics;
using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MexcTrader.Tests.TestKit;

/// <summary>
/// A plain EF stand-in for the product's importer (shared CSV schema, validate all then insert), used only
/// until the real <see cref="ICandleImporter"/> is registered by the host; delete it once that is merged.
/// </summary>
public sealed class SimpleCsvCandleImporter(IDbContextFactory<TradingDbContext> contexts) : ICandleImporter
{
    public async Task<Result<ImportSummary>> ImportAsync(
        CandleImportRequest request,
        IProgress<ImportProgress>? progress,
        CancellationToken ct
    )
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new ImportProgress(ImportStage.Reading, 0, null, 0, 0, clock.Elapsed));
        var lines = await File.ReadAllLinesAsync(request.FilePath, ct);
        var candles = new List<Candle>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var candle = Parse(lines[i], request);
            if (candle is null)
            {
                return Result.Fail<ImportSummary>("import.malformed-row", $"line {i + 1}: not a candle row");
            }
            candles.Add(candle);
        }
        progress?.Report(new ImportProgress(ImportStage.Storing, candles.Count, candles.Count, 0, 0, clock.Elapsed));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var present = (
            await db
                .Candles.Where(c => c.Symbol == request.Symbol && c.Interval == request.Interval)
                .Select(c => c.OpenTime)
                .ToListAsync(ct)
        ).ToHashSet();
        var added = candles.Where(c => !present.Contains(c.OpenTime)).ToList();
        db.Candles.AddRange(added);
        await db.SaveChangesAsync(ct);
        var summary = new ImportSummary(candles.Count, added.Count, candles.Count - added.Count, clock.Elapsed);
        progress?.Report(
            new ImportProgress(
                ImportStage.Completed,
                candles.Count,
                candles.Count,
                added.Count,
                summary.RowsPresent,
                clock.Elapsed
            )
        );
        return Result.Ok(summary);
    }

    private static Candle? Parse(string line, CandleImportRequest request)
    {
        var f = line.Split(',');
        var n = CultureInfo.InvariantCulture;
        return
            f.Length == 6
            && long.TryParse(f[0], NumberStyles.None, n, out var ms)
            && decimal.TryParse(f[1], NumberStyles.Number, n, out var open)
            && decimal.TryParse(f[2], NumberStyles.Number, n, out var high)
            && decimal.TryParse(f[3], NumberStyles.Number, n, out var low)
            && decimal.TryParse(f[4], NumberStyles.Number, n, out var close)
            && decimal.TryParse(f[5], NumberStyles.Number, n, out var volume)
            ? new Candle(
                request.Symbol,
                request.Interval,
                DateTimeOffset.FromUnixTimeMilliseconds(ms),
                open,
                high,
                low,
                close,
                volume,
                0m
            )
            : null;
    }
}

public sealed partial class ApiFactory
{
    /// <summary>Registers the stand-in only when the host has no importer of its own.</summary>
    static partial void AddStandIns(IServiceCollection services) =>
        services.TryAddSingleton<ICandleImporter, SimpleCsvCandleImporter>();
}
