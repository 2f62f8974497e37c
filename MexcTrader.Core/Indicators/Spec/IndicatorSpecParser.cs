using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Indicators.Spec;

/// <summary>Parses <c>SMA(20),MACD(12,26,9),CDLDOJI</c>: TA-Lib names, parameters in TA-Lib order, trailing ones optional.</summary>
public static class IndicatorSpecParser
{
    public const string FailureCode = "indicators.bad-spec";

    public static Result<IReadOnlyList<IndicatorSpec>> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("the spec is empty.");
        }
        var items = SplitOutsideParentheses(text);
        if (items is null)
        {
            return Fail($"unbalanced parentheses in '{text}'.");
        }
        var specs = new List<IndicatorSpec>(items.Count);
        foreach (var item in items)
        {
            var parsed = ParseItem(item);
            if (!parsed.IsSuccess)
            {
                return Result.Fail<IReadOnlyList<IndicatorSpec>>(parsed.Failure);
            }
            if (specs.Any(s => string.Equals(s.Label, parsed.Value.Label, StringComparison.Ordinal)))
            {
                return Fail($"'{parsed.Value.Label}' is listed twice.");
            }
            specs.Add(parsed.Value);
        }
        return Result.Ok<IReadOnlyList<IndicatorSpec>>(specs);
    }

    /// <summary>What the spec language accepts, one function per line, for error messages and help.</summary>
    public static string Supported =>
        "Supported (parameters in TA-Lib order, trailing ones optional):"
        + Environment.NewLine
        + string.Join(Environment.NewLine, IndicatorCatalog.All.Select(d => "  " + d.Usage));

    private static Result<IndicatorSpec> ParseItem(string raw)
    {
        var item = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));
        if (item.Length == 0)
        {
            return Fail<IndicatorSpec>("an item is empty (two commas in a row, or a trailing comma).");
        }
        var open = item.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? item : item[..open];
        if (open >= 0 && (item[^1] != ')' || item.IndexOf(')', StringComparison.Ordinal) != item.Length - 1))
        {
            return Fail<IndicatorSpec>($"'{item}' must look like NAME or NAME(p1,p2,...).");
        }
        if (!IndicatorCatalog.TryGet(name, out var definition))
        {
            return Fail<IndicatorSpec>($"unknown indicator '{name}'.{Environment.NewLine}{Supported}");
        }
        var texts = open < 0 || item.Length == open + 2 ? [] : item[(open + 1)..^1].Split(',');
        if (texts.Length > definition.Parameters.Count)
        {
            return Fail<IndicatorSpec>(
                $"'{item}' has {texts.Length} parameters; {definition.Name} takes at most "
                    + $"{definition.Parameters.Count}: {definition.Usage}."
            );
        }
        var arguments = new double[definition.Parameters.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = definition.Parameters[i];
            if (i >= texts.Length)
            {
                arguments[i] = parameter.Default;
                continue;
            }
            if (
                !double.TryParse(texts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !parameter.Accepts(value)
            )
            {
                return Fail<IndicatorSpec>(
                    $"'{item}': {parameter.Name} is '{texts[i]}' but must be {parameter.Range}; "
                        + $"usage: {definition.Usage}."
                );
            }
            arguments[i] = value;
        }
        var label = open < 0 ? definition.Name : definition.Name + item[open..];
        return Result.Ok(new IndicatorSpec(definition, label, arguments));
    }

    private static List<string>? SplitOutsideParentheses(string text)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')' when --depth < 0:
                    return null;
                case ',' when depth == 0:
                    items.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        if (depth != 0)
        {
            return null;
        }
        items.Add(text[start..]);
        return items;
    }

    private static Result<IReadOnlyList<IndicatorSpec>> Fail(string message) =>
        Fail<IReadOnlyList<IndicatorSpec>>(message);

    private static Result<T> Fail<T>(string message) => Result.Fail<T>(FailureCode, "Bad indicator spec: " + message);
}
