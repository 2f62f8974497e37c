namespace MexcTrader.Core.Decisions.Rules;

/// <summary>
/// Builds a reasoning sentence in a stack buffer and allocates the string once: the rule engine writes one per pair
/// per cycle, and general number formatting was most of the cycle's time. Numbers are fixed-point, invariant.
/// </summary>
internal ref struct ReasoningText(Span<char> buffer)
{
    private readonly Span<char> _buffer = buffer;
    private int _length;

    public void Append(ReadOnlySpan<char> text)
    {
        var room = Math.Min(text.Length, _buffer.Length - _length);
        text[..room].CopyTo(_buffer[_length..]);
        _length += room;
    }

    public void Append(char c)
    {
        if (_length < _buffer.Length)
        {
            _buffer[_length++] = c;
        }
    }

    /// <summary>Two decimals with an explicit sign: +0.42, -0.10.</summary>
    public void Signed(double value) => Fixed(value, sign: true);

    /// <summary>Two decimals: 0.85.</summary>
    public void Unsigned(double value) => Fixed(value, sign: false);

    public void Integer(long value)
    {
        if (
            value.TryFormat(
                _buffer[_length..],
                out var written,
                default,
                System.Globalization.CultureInfo.InvariantCulture
            )
        )
        {
            _length += written;
        }
    }

    /// <summary>A 0…1 ratio as a whole percentage: 58%.</summary>
    public void Percent(double ratio)
    {
        if (!double.IsFinite(ratio))
        {
            Append("n/a");
            return;
        }
        Integer((long)Math.Round(ratio * 100, MidpointRounding.AwayFromZero));
        Append('%');
    }

    public override readonly string ToString() => new(_buffer[.._length]);

    private void Fixed(double value, bool sign)
    {
        if (!double.IsFinite(value))
        {
            Append("n/a");
            return;
        }
        var hundredths = (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
        if (hundredths < 0)
        {
            Append('-');
            hundredths = -hundredths;
        }
        else if (sign)
        {
            Append('+');
        }
        Integer(hundredths / 100);
        Append('.');
        var fraction = hundredths % 100;
        Append((char)('0' + fraction / 10));
        Append((char)('0' + fraction % 10));
    }
}
