using System.Text.Json;
using System.Text.Json.Serialization;
using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>
/// Turns a snapshot into the chat request: the versioned system prompt and the snapshot as compact JSON. The output
/// is a pure function of its inputs (fixed property order, rounded numbers), so equal snapshots hash equally.
/// Masked prompts carry no absolute time, price or symbol: relative figures and ASSET_n labels only.
/// </summary>
public static class DecisionPromptBuilder
{
    // Indicators whose values are price levels; masked prompts show them relative to the last close.
    private static readonly string[] PriceScaled =
    [
        "SMA",
        "EMA",
        "WMA",
        "DEMA",
        "TEMA",
        "KAMA",
        "T3",
        "BBANDS",
        "VWAP",
        "SAR",
        "SUPERTREND",
        "ICHIMOKU",
        "ATR",
        "MIDPRICE",
        "MIDPOINT",
    ];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static LlmRequest Build(
        PromptTemplate prompt,
        MarketSnapshot snapshot,
        PromptMask mask,
        LlmOptions options,
        IReadOnlyList<LlmMessage> retryNotes
    )
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retryNotes);
        LlmMessage[] messages =
        [
            new(LlmRole.System, prompt.Text),
            new(LlmRole.User, SnapshotJson(snapshot, mask)),
            .. retryNotes,
        ];
        return new LlmRequest(
            options.Model,
            options.Temperature,
            options.MaxOutputTokens,
            messages,
            DecisionSchema.Name,
            DecisionSchema.Json
        );
    }

    public static string SnapshotJson(MarketSnapshot snapshot, PromptMask mask)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(mask);
        var masked = mask.IsMasked;
        var portfolio = snapshot.Portfolio;
        var equity = portfolio.Equity == 0 ? 1m : portfolio.Equity;
        var closes = snapshot.Pairs.ToDictionary(p => p.Symbol, p => p.Price.LastClose);
        var view = new
        {
            Time = masked
                ? null
                : snapshot.Time.UtcDateTime.ToString(
                    "yyyy-MM-dd'T'HH:mm:ss'Z'",
                    System.Globalization.CultureInfo.InvariantCulture
                ),
            AllowedActions = DecisionSchema.Actions,
            Portfolio = new
            {
                Equity = masked ? null : (decimal?)portfolio.Equity,
                Cash = masked ? null : (decimal?)portfolio.Cash,
                CashWeight = Num((double)(portfolio.Cash / equity)),
                ExposureWeight = Num((double)(portfolio.Exposure / equity)),
                UnrealisedPnlPct = Num((double)(portfolio.UnrealisedPnl / equity)),
                Drawdown = Num(portfolio.Drawdown),
                TradingState = portfolio.TradingState.ToString().ToUpperInvariant(),
                Positions = portfolio.Positions.Select(p => new
                {
                    Pair = mask.Label(p.Symbol),
                    Weight = Num((double)(p.MarketValue / equity)),
                    PnlPct = Num(
                        p.AveragePrice == 0 || !closes.TryGetValue(p.Symbol, out var close)
                            ? double.NaN
                            : (double)(close / p.AveragePrice - 1)
                    ),
                }),
            },
            Pairs = snapshot.Pairs.Select(p => new
            {
                Pair = mask.Label(p.Symbol),
                LastClose = masked ? null : (decimal?)p.Price.LastClose,
                Return1 = Num(p.Price.Return1),
                ReturnShort = Num(p.Price.ReturnShort),
                ReturnLong = Num(p.Price.ReturnLong),
                RangeHighPct = Num(Relative(p.Price.RangeHigh, p.Price.LastClose)),
                RangeLowPct = Num(Relative(p.Price.RangeLow, p.Price.LastClose)),
                AtrPct = Num(p.Price.AtrFraction),
                VolumeRatio = Num(p.Price.VolumeRatio),
                Indicators = p
                    .Indicators.OrderBy(i => i.Key, StringComparer.Ordinal)
                    .ToDictionary(
                        i => i.Key,
                        i => Num(masked && IsPriceScaled(i.Key) ? Relative(i.Value, p.Price.LastClose) : i.Value)
                    ),
                Signals = p.Signals.Select(s => new
                {
                    s.AgentId,
                    s.AgentVersion,
                    Score = Num(s.Score),
                    Confidence = Num(s.Confidence),
                    HitRate = Num(s.HitRate),
                    s.Scored,
                    AgeMinutes = Num((snapshot.Time - s.Time).TotalMinutes),
                    Rationale = mask.MaskText(s.Rationale),
                }),
            }),
            Correlations = snapshot.Correlations.Select(c => new
            {
                A = mask.Label(c.SymbolA),
                B = mask.Label(c.SymbolB),
                Value = Num(c.Value),
            }),
        };
        return JsonSerializer.Serialize(view, Json);
    }

    /// <summary>The prompt's text size in characters, for the token estimate before a call.</summary>
    public static int Characters(LlmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Messages.Sum(m => m.Content.Length) + request.Schema.Length;
    }

    private static bool IsPriceScaled(string indicator)
    {
        var name = indicator.Split('(', '.')[0].ToUpperInvariant();
        return PriceScaled.Contains(name, StringComparer.Ordinal);
    }

    // RangeHigh/RangeLow and price-level indicators become a fraction of the last close (0.02 = 2 % above).
    private static double Relative(double level, decimal lastClose) =>
        lastClose == 0 ? double.NaN : level / (double)lastClose - 1;

    // 6 significant decimals keep the prompt short and its text stable across platforms; NaN/∞ become null.
    private static double? Num(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;
}
