using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Api;

/// <summary>Parses request fields and collects per-field messages for one RFC 7807 validation problem.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public IResult ToProblem() =>
        TypedResults.ValidationProblem(_errors, title: "One or more request fields are invalid.");

    public Symbol? Symbol(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "Symbol is required, e.g. BTCUSDT.");
            return null;
        }
        if (Core.Domain.Symbol.TryParse(text, out var symbol))
        {
            return symbol;
        }
        Add(
            field,
            $"'{text}' is not a valid symbol: use 2-{Core.Domain.Symbol.MaxLength} letters or digits, e.g. BTCUSDT."
        );
        return null;
    }

    public Interval? Interval(string field, string? text)
    {
        if (Intervals.TryParse(text, out var interval))
        {
            return interval;
        }
        Add(
            field,
            string.IsNullOrWhiteSpace(text)
                ? $"Interval is required. Supported: {Intervals.SupportedCodes}."
                : $"Unknown interval '{text}'. Supported: {Intervals.SupportedCodes}."
        );
        return null;
    }

    public List<Interval>? IntervalList(string field, IReadOnlyList<string>? codes)
    {
        if (codes is null)
        {
            return null;
        }
        var result = new List<Interval>();
        foreach (var code in codes)
        {
            if (Interval(field, code) is { } interval)
            {
                result.Add(interval);
            }
        }
        if (codes.Count == 0)
        {
            Add(field, $"Give at least one interval. Supported: {Intervals.SupportedCodes}.");
        }
        return result;
    }

    /// <summary>An instant as ISO-8601 (UTC when no offset is given) or Unix epoch milliseconds; null when absent.</summary>
    public DateTimeOffset? Time(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms))
        {
            if (ms is >= -62_135_596_800_000 and <= 253_402_300_799_999)
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(ms);
            }
        }
        else if (
            trimmed.Length >= 10
            && trimmed[4] == '-'
            && DateTimeOffset.TryParse(
                trimmed,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var time
            )
        )
        {
            return time;
        }
        Add(
            field,
            $"'{text}' is not a time: use ISO-8601 UTC (2024-01-31T00:00:00Z) or Unix epoch milliseconds. "
                + "Encode '+' as %2B in query strings."
        );
        return null;
    }

    public int? Int(string field, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min
            && value <= max
        )
        {
            return value;
        }
        Add(field, $"'{text}' is out of range: give a whole number from {min} to {max}.");
        return null;
    }

    /// <summary>An optional whole number (ids, cycle ids); null when absent or invalid (then an error is added).</summary>
    public long? Long(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Add(field, $"'{text}' is not a whole number.");
        return null;
    }
}
