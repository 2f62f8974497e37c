using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Encodes candles in PostgreSQL's binary COPY format for the candle table's columns (symbol, interval, open_time,
/// open, high, low, close, volume, quote_volume) straight into a byte buffer: text as UTF-8, timestamptz as
/// microseconds since 2000-01-01 UTC, and numeric as base-10000 digits computed from the decimal's integer mantissa
/// and scale, exactly (the display scale is the decimal's scale, as Npgsql writes it).
/// </summary>
internal static class PgBinaryCopyWriter
{
    private const short Columns = 9;
    private const int FlushAt = (1 << 16) - MaxRowBytes;
    private const int MaxRowBytes = 2 + (2 * (4 + 64)) + (4 + 8) + (6 * (4 + 8 + (2 * 8)));
    private const long PostgresEpochTicks = 630_822_816_000_000_000; // 2000-01-01T00:00:00Z
    private const ulong NoOverflowBelow = ulong.MaxValue / 1_000;

    /// <summary>"PGCOPY\n\377\r\n\0".</summary>
    private static ReadOnlySpan<byte> Signature => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    public static Task<long> WriteAsync(Stream copy, IReadOnlyList<Candle> candles, CancellationToken ct) =>
        WriteAsync(copy, new[] { candles }.ToAsyncEnumerable(), ct);

    /// <summary>Writes the header, every batch's rows as they come, then the trailer; returns the rows written.</summary>
    public static async Task<long> WriteAsync(
        Stream copy,
        IAsyncEnumerable<IReadOnlyList<Candle>> batches,
        CancellationToken ct
    )
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        long rows = 0;
        try
        {
            var length = Header(buffer);
            var symbol = new Utf8Cache();
            var interval = new Utf8Cache();
            await foreach (var candles in batches.WithCancellation(ct).ConfigureAwait(false))
            {
                for (var i = 0; i < candles.Count; i++)
                {
                    if (length > FlushAt)
                    {
                        await copy.WriteAsync(buffer.AsMemory(0, length), ct).ConfigureAwait(false);
                        length = 0;
                    }
                    length += Row(buffer.AsSpan(length), candles[i], symbol, interval);
                }
                rows += candles.Count;
            }
            BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(length), -1);
            length += 2;
            await copy.WriteAsync(buffer.AsMemory(0, length), ct).ConfigureAwait(false);
            return rows;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Header(Span<byte> buffer)
    {
        Signature.CopyTo(buffer);
        var at = Signature.Length;
        BinaryPrimitives.WriteInt32BigEndian(buffer[at..], 0); // flags: no OIDs
        BinaryPrimitives.WriteInt32BigEndian(buffer[(at + 4)..], 0); // header extension length
        return at + 8;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Row(Span<byte> buffer, Candle c, Utf8Cache symbol, Utf8Cache interval)
    {
        BinaryPrimitives.WriteInt16BigEndian(buffer, Columns);
        var at = 2;
        at += Bytes(buffer[at..], symbol.Get(c.Symbol.Value));
        at += Bytes(buffer[at..], interval.Get(c.Interval.ToCode()));
        BinaryPrimitives.WriteInt32BigEndian(buffer[at..], 8);
        BinaryPrimitives.WriteInt64BigEndian(buffer[(at + 4)..], (c.OpenTime.UtcTicks - PostgresEpochTicks) / 10);
        at += 12;
        at += Numeric(buffer[at..], c.Open);
        at += Numeric(buffer[at..], c.High);
        at += Numeric(buffer[at..], c.Low);
        at += Numeric(buffer[at..], c.Close);
        at += Numeric(buffer[at..], c.Volume);
        at += Numeric(buffer[at..], c.QuoteVolume);
        return at;
    }

    private static int Bytes(Span<byte> buffer, ReadOnlySpan<byte> value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer, value.Length);
        value.CopyTo(buffer[4..]);
        return 4 + value.Length;
    }

    /// <summary>
    /// numeric_recv's layout: ndigits, weight, sign, dscale (int16 each), then ndigits base-10000 digits, most
    /// significant first; value = Σ digit[i] × 10000^(weight − i). Returns the bytes written, length prefix included.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Numeric(Span<byte> buffer, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        // Pad the scale to a multiple of 4 so that base-10000 groups line up with the decimal point.
        var pad = (4 - (scale % 4)) % 4;
        var fractionGroups = (scale + pad) / 4;
        Span<short> groups = stackalloc short[10]; // least significant first
        var count = 0;
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] == 0 && low < NoOverflowBelow)
        {
            var m = low * Pow10(pad);
            while (m != 0)
            {
                (m, var digit) = Math.DivRem(m, 10_000UL);
                groups[count++] = (short)digit;
            }
        }
        else
        {
            var m = (((UInt128)(uint)bits[2] << 64) | low) * Pow10(pad);
            while (m != 0)
            {
                (m, var digit) = UInt128.DivRem(m, 10_000);
                groups[count++] = (short)digit;
            }
        }
        var trailing = 0;
        while (trailing < count && groups[trailing] == 0)
        {
            trailing++;
        }
        var digits = count - trailing;
        var weight = digits == 0 ? 0 : count - fractionGroups - 1;
        BinaryPrimitives.WriteInt32BigEndian(buffer, 8 + (2 * digits));
        BinaryPrimitives.WriteInt16BigEndian(buffer[4..], (short)digits);
        BinaryPrimitives.WriteInt16BigEndian(buffer[6..], (short)weight);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[8..], negative && digits > 0 ? (ushort)0x4000 : (ushort)0);
        BinaryPrimitives.WriteInt16BigEndian(buffer[10..], (short)scale);
        var at = 12;
        for (var i = count - 1; i >= trailing; i--, at += 2)
        {
            BinaryPrimitives.WriteInt16BigEndian(buffer[at..], groups[i]);
        }
        return at;
    }

    private static uint Pow10(int exponent) =>
        exponent switch
        {
            0 => 1,
            1 => 10,
            2 => 100,
            _ => 1_000,
        };
}
