using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// Reads a kline push (a whole <c>PushDataV3ApiWrapper</c> frame) straight into a <see cref="Candle"/> from the wire
/// bytes: no intermediate message objects and no strings, because klines are the hot path of the market stream.
/// Symbols are looked up among the ones the decoder knows, so the only allocation is the candle.
/// </summary>
public sealed class KlineFrameDecoder
{
    private const int WrapperSymbol = 3;
    private const int KlineBody = 308;
    private (byte[] Utf8, Symbol Symbol)[] _symbols = [];

    /// <summary>Teaches the decoder a symbol it may meet (call once per subscribed pair).</summary>
    public void Add(Symbol symbol)
    {
        if (Array.Exists(_symbols, s => s.Symbol == symbol))
        {
            return;
        }
        _symbols = [.. _symbols, (System.Text.Encoding.ASCII.GetBytes(symbol.Value), symbol)];
    }

    /// <summary>False when the frame is not a well-formed kline push for a known symbol.</summary>
    public bool TryDecode(ReadOnlySpan<byte> frame, out Candle? candle)
    {
        candle = null;
        Symbol? symbol = null;
        var body = ReadOnlySpan<byte>.Empty;
        var reader = new ProtoReader(frame);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == WrapperSymbol && wireType == ProtoReader.LengthDelimited)
            {
                if (!reader.TryReadBytes(out var name))
                {
                    return false;
                }
                symbol = Find(name);
            }
            else if (field == KlineBody && wireType == ProtoReader.LengthDelimited)
            {
                if (!reader.TryReadBytes(out body))
                {
                    return false;
                }
            }
            else if (!reader.TrySkip(wireType))
            {
                return false;
            }
        }
        return reader.IsAtEnd && symbol is { } known && !body.IsEmpty && TryDecodeBody(body, known, out candle);
    }

    private Symbol? Find(ReadOnlySpan<byte> name)
    {
        foreach (var (utf8, symbol) in _symbols)
        {
            if (name.SequenceEqual(utf8))
            {
                return symbol;
            }
        }
        return null;
    }

    private static bool TryDecodeBody(ReadOnlySpan<byte> body, Symbol symbol, out Candle? candle)
    {
        candle = null;
        Interval? interval = null;
        long start = -1;
        decimal open = 0,
            close = 0,
            high = 0,
            low = 0,
            volume = 0,
            amount = 0;
        var seen = 0;
        var reader = new ProtoReader(body);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            switch (field)
            {
                case 1 when wireType == ProtoReader.LengthDelimited:
                    ok = reader.TryReadBytes(out var name) && TryInterval(name, out interval);
                    break;
                case 2 when wireType == ProtoReader.Varint:
                    ok = reader.TryReadVarint(out var raw);
                    start = (long)raw;
                    break;
                case >= 3 and <= 8 when wireType == ProtoReader.LengthDelimited:
                    if (!reader.TryReadBytes(out var text) || !TryDecimal(text, out var value))
                    {
                        return false;
                    }
                    Assign(field, value, ref open, ref close, ref high, ref low, ref volume, ref amount);
                    seen |= 1 << field;
                    ok = true;
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }
            if (!ok)
            {
                return false;
            }
        }
        const int allPrices = 0b1_1111_1000;
        if (!reader.IsAtEnd || interval is null || start < 0 || seen != allPrices)
        {
            return false;
        }
        candle = new Candle(
            symbol,
            interval.Value,
            DateTimeOffset.FromUnixTimeSeconds(start),
            open,
            high,
            low,
            close,
            volume,
            amount
        )
        {
            IsClosed = false,
        };
        return true;
    }

    private static bool TryDecimal(ReadOnlySpan<byte> text, out decimal value) => Utf8Decimal.TryParse(text, out value);

    private static void Assign(
        int field,
        decimal value,
        ref decimal open,
        ref decimal close,
        ref decimal high,
        ref decimal low,
        ref decimal volume,
        ref decimal amount
    )
    {
        switch (field)
        {
            case 3:
                open = value;
                break;
            case 4:
                close = value;
                break;
            case 5:
                high = value;
                break;
            case 6:
                low = value;
                break;
            case 7:
                volume = value;
                break;
            default:
                amount = value;
                break;
        }
    }

    private static bool TryInterval(ReadOnlySpan<byte> utf8, out Interval? interval)
    {
        Span<char> chars = stackalloc char[8];
        interval = null;
        if (utf8.Length > chars.Length)
        {
            return false;
        }
        for (var i = 0; i < utf8.Length; i++)
        {
            chars[i] = (char)utf8[i];
        }
        return MexcChannels.TryParseInterval(chars[..utf8.Length], out interval);
    }
}
