using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Exact decimal text conversions for the bulk paths, with fast paths for the common case (at most 19 digits) and
/// the framework's own routines for everything else, so results are always identical to theirs.
/// </summary>
internal static class DecimalText
{
    /// <summary>The format Microsoft.Data.Sqlite (and so EF Core) writes decimals to SQLite TEXT columns with.</summary>
    public const string SqliteFormat = "0.0###########################";

    private const NumberStyles Style =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly ulong[] PowersOf10 =
    [
        1,
        10,
        100,
        1_000,
        10_000,
        100_000,
        1_000_000,
        10_000_000,
        100_000_000,
        1_000_000_000,
        10_000_000_000,
        100_000_000_000,
        1_000_000_000_000,
        10_000_000_000_000,
        100_000_000_000_000,
        1_000_000_000_000_000,
        10_000_000_000_000_000,
        100_000_000_000_000_000,
        1_000_000_000_000_000_000,
        10_000_000_000_000_000_000,
    ];

    /// <summary>
    /// Parses plain decimal text ("-123.4500") exactly, keeping its scale as decimal.Parse does; anything else
    /// (exponents, more than 19 digits, a '+') goes to decimal.TryParse with invariant culture.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        var i = 0;
        var negative = false;
        if (text.Length is > 0 and <= 21 && text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }
        ulong mantissa = 0;
        int digits = 0,
            scale = -1;
        for (; i < text.Length; i++)
        {
            var c = (uint)(text[i] - '0');
            if (c <= 9)
            {
                if (++digits > 19)
                {
                    return Fallback(text, out value);
                }
                mantissa = (mantissa * 10) + c;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (text[i] == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return Fallback(text, out value);
            }
        }
        if (digits == 0)
        {
            return Fallback(text, out value);
        }
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool Fallback(ReadOnlySpan<byte> text, out decimal value) =>
        decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="SqliteFormat"/> would (at least one digit on each side of the
    /// point, no trailing zeros beyond the first fraction digit), as UTF-8. Returns the byte count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FormatForSqlite(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || bits[3] < 0 || scale >= PowersOf10.Length)
        {
            return Slow(value, destination);
        }
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var power = PowersOf10[scale];
        var whole = mantissa / power;
        var fraction = mantissa - (whole * power);
        Utf8Formatter.TryFormat(whole, destination, out var written);
        destination[written++] = (byte)'.';
        if (fraction == 0)
        {
            destination[written++] = (byte)'0';
            return written;
        }
        // Strip trailing zeros, then pad with leading zeros to the remaining scale.
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            scale--;
        }
        Utf8Formatter.TryFormat(
            fraction,
            destination[written..],
            out var fractionDigits,
            new StandardFormat('D', (byte)scale)
        );
        return written + fractionDigits;
    }

    private static int Slow(decimal value, Span<byte> destination) =>
        value.TryFormat(destination, out var written, SqliteFormat, CultureInfo.InvariantCulture)
            ? written
            : throw new ArgumentException("The destination is too small.", nameof(destination));
}
