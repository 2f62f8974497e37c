using System.Text.RegularExpressions;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>
/// Names pairs in a prompt and maps the model's names back. Masked (backtests): ASSET_1..n in snapshot order, with
/// symbol and date text scrubbed from free text, so the model cannot recognise the period; unmasked: the symbols.
/// </summary>
public sealed partial class PromptMask
{
    private readonly Dictionary<Symbol, string> _labels = [];
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);

    private PromptMask(bool masked, IEnumerable<Symbol> symbols)
    {
        IsMasked = masked;
        foreach (var symbol in symbols.Distinct())
        {
            var label = masked ? $"ASSET_{_labels.Count + 1}" : symbol.Value;
            _labels[symbol] = label;
            _symbols[label] = symbol;
        }
    }

    public bool IsMasked { get; }

    public static PromptMask For(MarketSnapshot snapshot, bool masked)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new PromptMask(
            masked,
            snapshot.Pairs.Select(p => p.Symbol).Concat(snapshot.Portfolio.Positions.Select(p => p.Symbol))
        );
    }

    public string Label(Symbol symbol) => _labels[symbol];

    public string Label(string symbol) =>
        Symbol.TryParse(symbol, out var parsed) && _labels.TryGetValue(parsed.Value, out var label) ? label : symbol;

    /// <summary>The pair the model meant, when the name is one the prompt gave it (exactly, as instructed).</summary>
    public bool TryResolve(string name, out Symbol symbol) => _symbols.TryGetValue(name, out symbol);

    /// <summary>Scrubs free text (agent rationales) of symbols, base assets and dates when masking.</summary>
    public string MaskText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsMasked)
        {
            return text;
        }
        foreach (var (symbol, label) in _labels.OrderByDescending(p => p.Key.Value.Length))
        {
            text = text.Replace(symbol.Value, label, StringComparison.OrdinalIgnoreCase);
            var baseAsset = BaseAsset(symbol);
            if (baseAsset.Length >= 3)
            {
                text = Regex.Replace(
                    text,
                    $@"\b{Regex.Escape(baseAsset)}\b",
                    label,
                    RegexOptions.IgnoreCase,
                    TimeSpan.FromSeconds(1)
                );
            }
        }
        return DatePattern().Replace(text, "[date]");
    }

    /// <summary>Maps ASSET_n labels in the model's text back to symbols.</summary>
    public string UnmaskText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsMasked
            ? LabelPattern().Replace(text, m => _symbols.TryGetValue(m.Value, out var s) ? s.Value : m.Value)
            : text;
    }

    private static string BaseAsset(Symbol symbol)
    {
        foreach (var quote in (string[])["USDT", "USDC", "BTC", "ETH"])
        {
            if (symbol.Value.Length > quote.Length && symbol.Value.EndsWith(quote, StringComparison.Ordinal))
            {
                return symbol.Value[..^quote.Length];
            }
        }
        return symbol.Value;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}([T ][0-9:.]+Z?)?\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\bASSET_\d+\b")]
    private static partial Regex LabelPattern();
}
