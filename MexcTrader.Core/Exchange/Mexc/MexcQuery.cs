using System.Globalization;
using System.Text;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>Parameters in send order, encoded as MEXC signs them: UTF-8, upper-case escapes, space as %20.</summary>
public sealed class MexcQuery
{
    private readonly List<(string Name, string Value)> _pairs = [];

    public int Count => _pairs.Count;

    public MexcQuery Add(string name, string value)
    {
        _pairs.Add((name, value));
        return this;
    }

    public MexcQuery Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public MexcQuery Add(string name, decimal value) => Add(name, FormatDecimal(value));

    public MexcQuery AddIf(string name, string? value) => value is null ? this : Add(name, value);

    public MexcQuery AddIf(string name, long? value) => value is null ? this : Add(name, value.Value);

    public MexcQuery AddIf(string name, decimal? value) => value is null ? this : Add(name, value.Value);

    public MexcQuery Copy()
    {
        var copy = new MexcQuery();
        copy._pairs.AddRange(_pairs);
        return copy;
    }

    /// <summary>Plain invariant decimal: no exponent, no trailing zeros, no trailing point.</summary>
    public static string FormatDecimal(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in _pairs)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }
            // EscapeDataString writes upper-case escapes and %20 for space, as MEXC requires.
            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return text.ToString();
    }
}
