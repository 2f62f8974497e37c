using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Parses and validates one line at a time (UTF-8 bytes, no allocation per line except the candle itself). The first
/// non-blank line decides the layout by its column count (6; 12, or the first 8 of them as MEXC's kline API returns
/// them) and is a header when its first field is not a
/// number. Numbers are parsed as decimal straight from the bytes (<see cref="DecimalText.TryParse"/>: plain digits
/// directly, anything else by decimal.TryParse with invariant culture), so values stay exact, scale included.
/// </summary>
internal sealed class RowParser(Symbol symbol, Interval interval, bool wasGzip)
{
    /// <summary>Largest open time in ms that DateTimeOffset can hold (9999-12-31).</summary>
    private const long MaxUnixMs = 253_402_300_799_999;

    /// <summary>Open times at or above this cannot be milliseconds: Binance's newer dumps write microseconds.</summary>
    private const long MicrosecondsFrom = 1_000_000_000_000_000;

    private static readonly string[] OhlcvColumns = ["open_time_ms", "open", "high", "low", "close", "volume"];

    private static readonly string[] KlineColumns =
    [
        "open time",
        "open",
        "high",
        "low",
        "close",
        "volume",
        "close time",
        "quote asset volume",
        "number of trades",
        "taker buy base volume",
        "taker buy quote volume",
        "ignore",
    ];

    private static readonly byte[][] HeaderNames =
    [
        .. new[] { "open", "high", "low", "close", "volume" }.Select(Encoding.ASCII.GetBytes),
    ];

    private readonly List<Candle> _candles = [];
    private CandleFileLayout? _layout;
    private int _columns;
    private bool _hasHeader;
    private long _previousOpenMs = long.MinValue;
    private long _previousLine;

    public long Rows => _candles.Count;

    /// <summary>A copy of the rows parsed from <paramref name="from"/> on, to hand to another thread.</summary>
    public Candle[] RowsFrom(int from) => _candles.GetRange(from, _candles.Count - from).ToArray();

    public int RowsSinceProgress { get; set; }

    /// <summary>Handles one line (without its '\n'); returns why the file is rejected, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Failure? Line(ReadOnlySpan<byte> line, long number)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        if (number == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }
        Span<Range> fields = stackalloc Range[12];
        var count = Split(line, fields);
        if (_layout is null)
        {
            return First(line, fields, count, number);
        }
        if (count != _columns)
        {
            return Malformed(number, $"expected {_columns} columns ({Describe(_layout.Value)}), found {count}");
        }
        return Row(line, fields, number);
    }

    public Result<CandleFile> Finish(long lines)
    {
        if (_layout is null)
        {
            return Result.Fail<CandleFile>(ImportFailures.EmptyFile, "the file has no lines");
        }
        if (_candles.Count == 0)
        {
            return Result.Fail<CandleFile>(ImportFailures.EmptyFile, "the file has a header but no candle rows");
        }
        return Result.Ok(new CandleFile(_candles, _layout.Value, _hasHeader, wasGzip, lines));
    }

    private Failure? First(ReadOnlySpan<byte> line, Span<Range> fields, int count, long number)
    {
        if (count is not (6 or 8 or 12))
        {
            return Malformed(
                number,
                $"found {count} columns; expected 6 ({Describe(CandleFileLayout.Ohlcv)}) or 12 ({Describe(CandleFileLayout.Kline)}, or its first 8 as MEXC's API returns them)"
            );
        }
        _layout = count == 6 ? CandleFileLayout.Ohlcv : CandleFileLayout.Kline;
        _columns = count;
        var first = Field(line, fields[0]);
        if (long.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return Row(line, fields, number);
        }
        // A header: the time column may be named anything, but OHLCV must be in this order or the values would be
        // stored in the wrong columns.
        for (var i = 0; i < HeaderNames.Length; i++)
        {
            var name = Field(line, fields[i + 1]);
            if (!Ascii.EqualsIgnoreCase(name, HeaderNames[i]))
            {
                return Malformed(
                    number,
                    $"'{Text(first)}' is not an open time, and as a header column {i + 2} is '{Text(name)}' where 'open,high,low,close,volume' must follow the time column"
                );
            }
        }
        _hasHeader = true;
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Failure? Row(ReadOnlySpan<byte> line, Span<Range> fields, long number)
    {
        var names = _layout == CandleFileLayout.Kline ? KlineColumns : OhlcvColumns;
        var timeField = Field(line, fields[0]);
        if (!long.TryParse(timeField, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var openMs))
        {
            return Malformed(number, $"{names[0]} '{Text(timeField)}' is not a whole number of milliseconds");
        }
        if (openMs >= MicrosecondsFrom)
        {
            if (openMs % 1000 != 0)
            {
                return ImportFailures.AtLine(
                    ImportFailures.MisalignedTime,
                    number,
                    $"{names[0]} {openMs} (read as microseconds) is not a whole millisecond"
                );
            }
            openMs /= 1000;
        }
        if (openMs is < 0 or > MaxUnixMs)
        {
            return Malformed(number, $"{names[0]} {openMs} is outside 1970-01-01 .. 9999-12-31");
        }

        Span<decimal> values = stackalloc decimal[6];
        for (var i = 0; i < 5; i++)
        {
            if (!TryDecimal(line, fields[i + 1], out values[i]))
            {
                return BadNumber(line, fields[i + 1], names[i + 1], number);
            }
        }
        if (_layout == CandleFileLayout.Kline)
        {
            if (!TryDecimal(line, fields[7], out values[5]))
            {
                return BadNumber(line, fields[7], names[7], number);
            }
        }
        else
        {
            values[5] = 0m;
        }

        var openTime = DateTimeOffset.FromUnixTimeMilliseconds(openMs);
        if (!interval.IsAligned(openTime))
        {
            return ImportFailures.AtLine(
                ImportFailures.MisalignedTime,
                number,
                $"open time {openMs} ({Utc(openTime)}) is not aligned to the {interval.ToCode()} interval"
            );
        }
        if (openMs == _previousOpenMs)
        {
            return ImportFailures.AtLine(
                ImportFailures.DuplicateTime,
                number,
                $"duplicate open time {openMs} ({Utc(openTime)}), already on line {_previousLine}"
            );
        }
        if (openMs < _previousOpenMs)
        {
            return ImportFailures.AtLine(
                ImportFailures.UnorderedTime,
                number,
                $"open time {openMs} ({Utc(openTime)}) is before the previous row's {_previousOpenMs} (line {_previousLine}); rows must be sorted by open time, oldest first"
            );
        }

        decimal open = values[0],
            high = values[1],
            low = values[2],
            close = values[3],
            volume = values[4],
            quoteVolume = values[5];
        for (var i = 0; i < 4; i++)
        {
            if (values[i] <= 0)
            {
                return Invalid(number, $"{names[i + 1]} must be positive, found {Text(values[i])}");
            }
        }
        if (volume < 0)
        {
            return Invalid(number, $"negative volume {Text(volume)}");
        }
        if (quoteVolume < 0)
        {
            return Invalid(number, $"negative quote volume {Text(quoteVolume)}");
        }
        if (high < low)
        {
            return Invalid(number, $"high {Text(high)} is below low {Text(low)}");
        }
        if (high < open || high < close)
        {
            var (name, value) = high < open ? ("open", open) : ("close", close);
            return Invalid(number, $"high {Text(high)} is below {name} {Text(value)}");
        }
        if (low > open || low > close)
        {
            var (name, value) = low > open ? ("open", open) : ("close", close);
            return Invalid(number, $"low {Text(low)} is above {name} {Text(value)}");
        }

        _candles.Add(new Candle(symbol, interval, openTime, open, high, low, close, volume, quoteVolume));
        _previousOpenMs = openMs;
        _previousLine = number;
        RowsSinceProgress++;
        return null;
    }

    private static bool TryDecimal(ReadOnlySpan<byte> line, Range field, out decimal value) =>
        DecimalText.TryParse(Field(line, field), out value);

    /// <summary>Splits on commas into at most <paramref name="fields"/>.Length ranges; returns the real field count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = line[start..].IndexOf((byte)',');
            var end = comma < 0 ? line.Length : start + comma;
            if (count < fields.Length)
            {
                fields[count] = new Range(start, end);
            }
            count++;
            if (comma < 0)
            {
                return count;
            }
            start = end + 1;
        }
    }

    /// <summary>A field without surrounding blanks or double quotes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, Range range)
    {
        var field = line[range];
        if (field.IsEmpty)
        {
            return field;
        }
        if (field[0] is (byte)' ' or (byte)'\t' || field[^1] is (byte)' ' or (byte)'\t')
        {
            field = field.Trim(" \t"u8);
        }
        if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"')
        {
            field = field[1..^1].Trim(" \t"u8);
        }
        return field;
    }

    private static Failure BadNumber(ReadOnlySpan<byte> line, Range field, string name, long number)
    {
        var text = Field(line, field);
        return Malformed(number, text.IsEmpty ? $"{name} is empty" : $"{name} '{Text(text)}' is not a number");
    }

    private static Failure Malformed(long number, string reason) =>
        ImportFailures.AtLine(ImportFailures.MalformedRow, number, reason);

    private static Failure Invalid(long number, string reason) =>
        ImportFailures.AtLine(ImportFailures.InvalidCandle, number, reason);

    private static string Describe(CandleFileLayout layout) =>
        layout == CandleFileLayout.Kline ? "MEXC/Binance kline layout" : string.Join(',', OhlcvColumns);

    private static string Text(ReadOnlySpan<byte> bytes)
    {
        const int Shown = 40;
        var text = Encoding.UTF8.GetString(bytes.Length > Shown ? bytes[..Shown] : bytes);
        return bytes.Length > Shown ? text + "…" : text;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
