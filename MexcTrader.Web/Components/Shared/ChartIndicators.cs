using System.Collections.Frozen;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Indicators.Spec;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Components.Shared;

/// <summary>One indicator output over the drawn candles; NaN where it has no value (inside its lookback).</summary>
public sealed record IndicatorLine(string Name, IReadOnlyList<double> Values);

/// <summary>A lower pane of the chart: the outputs of one indicator that does not live on the price scale.</summary>
public sealed record IndicatorPane(string Title, IReadOnlyList<IndicatorLine> Lines);

/// <summary>A candlestick pattern found on the candle at <paramref name="Index"/>.</summary>
public sealed record PatternMark(int Index, string Pattern, bool Bullish);

/// <summary>
/// What the chart draws besides the candles: price-scale indicators over them, the others in lower panes, and
/// candlestick patterns as marks at their candle. Computed from a TA-Lib-style spec such as "EMA(20),RSI(14)".
/// </summary>
public sealed record ChartIndicators(
    IReadOnlyList<IndicatorLine> Overlays,
    IReadOnlyList<IndicatorPane> Panes,
    IReadOnlyList<PatternMark> Patterns
)
{
    public static ChartIndicators None { get; } = new([], [], []);

    // Outputs in price units: drawn over the candles. Everything else (oscillators, volume flows) gets a pane.
    private static readonly FrozenSet<string> PriceScale = new[]
    {
        "SMA",
        "EMA",
        "WMA",
        "DEMA",
        "TEMA",
        "KAMA",
        "T3",
        "BBANDS",
        "SAR",
    }.ToFrozenSet(StringComparer.Ordinal);

    public bool IsEmpty => Overlays.Count == 0 && Panes.Count == 0 && Patterns.Count == 0;

    public static bool IsPattern(IndicatorDefinition definition) =>
        definition?.Name.StartsWith("CDL", StringComparison.Ordinal) == true;

    public static bool IsPriceScale(IndicatorDefinition definition) =>
        definition is not null && PriceScale.Contains(definition.Name);

    /// <summary>Parses <paramref name="spec"/> and computes it over <paramref name="candles"/> (oldest first).</summary>
    public static Result<ChartIndicators> Compute(string? spec, IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (string.IsNullOrWhiteSpace(spec))
        {
            return Result.Ok(None);
        }
        var parsed = IndicatorSpecParser.Parse(spec);
        if (!parsed.IsSuccess)
        {
            return Result.Fail<ChartIndicators>(parsed.Failure);
        }
        var table = IndicatorTable.Compute(PriceColumns.From(candles), parsed.Value);
        var overlays = new List<IndicatorLine>();
        var panes = new List<IndicatorPane>();
        var patterns = new List<PatternMark>();
        var column = 0;
        foreach (var item in parsed.Value)
        {
            var lines = item
                .ColumnNames.Select((name, i) => new IndicatorLine(name, table.Values[column + i]))
                .ToList();
            column += lines.Count;
            if (IsPattern(item.Definition))
            {
                var values = lines[0].Values;
                for (var i = 0; i < values.Count; i++)
                {
                    if (double.IsFinite(values[i]) && values[i] != 0)
                    {
                        patterns.Add(new PatternMark(i, item.Label, values[i] > 0));
                    }
                }
            }
            else if (IsPriceScale(item.Definition))
            {
                overlays.AddRange(lines);
            }
            else
            {
                panes.Add(new IndicatorPane(item.Label, lines));
            }
        }
        return Result.Ok(new ChartIndicators(overlays, panes, [.. patterns.OrderBy(p => p.Index)]));
    }
}
