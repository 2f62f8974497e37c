using System.Buffers.Text;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>Decimal from MEXC's UTF-8 number text; plain "-123.456" forms take a fast path, anything else the framework parser.</summary>
internal static class Utf8Decimal
{
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        var negative = !text.IsEmpty && text[0] == (byte)'-';
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.' && scale < 0)
            {
                scale = 0;
                continue;
            }
            var digit = (uint)(c - '0');
            if (digit > 9 || digits == 19)
            {
                return Fallback(text, out value);
            }
            mantissa = (mantissa * 10) + digit;
            digits++;
            if (scale >= 0)
            {
                scale++;
            }
        }
        if (digits == 0 || scale == 0)
        {
            return Fallback(text, out value);
        }
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool Fallback(ReadOnlySpan<byte> text, out decimal value) =>
        Utf8Parser.TryParse(text, out value, out var used) && used == text.Length && text.Length > 0;
}
