using System.Text;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.MarketData;

public sealed class CandleFileReaderTests : IDisposable
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private readonly CandleTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Result<CandleFile> Read(string path, Interval interval = Interval.OneHour) =>
        CandleFileReader.Read(path, Btc, interval);

    private static Candle First(Result<CandleFile> result) => result.Value.Candles[0];

    [Fact]
    public void Ohlcv_WithHeader_ReadsEveryRowWithExactDecimalsAndNoQuoteVolume()
    {
        var result = Read(CandleTestFiles.Path(CandleTestFiles.Ohlcv));

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        var file = result.Value;
        Assert.Equal(CandleFileLayout.Ohlcv, file.Layout);
        Assert.True(file.HasHeader);
        Assert.False(file.WasGzip);
        Assert.Equal(CandleTestFiles.Rows, file.Candles.Count);
        Assert.Equal(
            new Candle(
                Btc,
                Interval.OneHour,
                DateTimeOffset.FromUnixTimeMilliseconds(1502942400000),
                4261.48m,
                4313.62m,
                4261.32m,
                4308.83m,
                47.181009m,
                0m
            ),
            file.Candles[0]
        );
        var last = file.Candles[^1];
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1502967600000), last.OpenTime);
        Assert.Equal(TimeSpan.Zero, last.OpenTime.Offset);
        Assert.Equal(
            (4460m, 4485.39m, 4427.3m, 4427.3m, 27.018053m),
            (last.Open, last.High, last.Low, last.Close, last.Volume)
        );
    }

    [Fact]
    public void Ohlcv_WithoutHeader_ReadsTheSameCandles()
    {
        var path = _files.Variant(CandleTestFiles.Ohlcv, lines => lines.RemoveAt(0));

        var result = Read(path);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.False(result.Value.HasHeader);
        Assert.Equal(Read(CandleTestFiles.Path(CandleTestFiles.Ohlcv)).Value.Candles, result.Value.Candles);
    }

    [Fact]
    public void Kline_WithoutHeader_TakesQuoteVolumeFromColumn8()
    {
        var result = Read(CandleTestFiles.Path(CandleTestFiles.Kline));

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal(CandleFileLayout.Kline, result.Value.Layout);
        Assert.False(result.Value.HasHeader);
        Assert.Equal(CandleTestFiles.Rows, result.Value.Candles.Count);
        var first = First(result);
        Assert.Equal(4261.48m, first.Open);
        Assert.Equal("4261.48000000", first.Open.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(202177.93662140m, first.QuoteVolume);
        Assert.Equal(47.181009m, first.Volume);
    }

    [Fact]
    public void MexcApiRows_OfEightColumns_ReadAsTheKlineLayout()
    {
        var path = _files.Variant(
            CandleTestFiles.Kline,
            lines =>
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    lines[i] = string.Join(',', lines[i].Split(',')[..8]);
                }
            }
        );

        var result = Read(path);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal(CandleFileLayout.Kline, result.Value.Layout);
        Assert.Equal(Read(CandleTestFiles.Path(CandleTestFiles.Kline)).Value.Candles, result.Value.Candles);
    }

    [Fact]
    public void Kline_WithHeaderAndCrLf_ReadsTheSameCandles()
    {
        var result = Read(CandleTestFiles.Path(CandleTestFiles.KlineHeader));

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.True(result.Value.HasHeader);
        Assert.Equal(Read(CandleTestFiles.Path(CandleTestFiles.Kline)).Value.Candles, result.Value.Candles);
    }

    [Fact]
    public void Layouts_AgreeOnOhlcv()
    {
        var ohlcv = Read(CandleTestFiles.Path(CandleTestFiles.Ohlcv)).Value.Candles;
        var kline = Read(CandleTestFiles.Path(CandleTestFiles.Kline)).Value.Candles;

        Assert.Equal(ohlcv.Select(c => c with { QuoteVolume = 0 }), kline.Select(c => c with { QuoteVolume = 0 }));
    }

    [Fact]
    public void Gzip_IsReadWhenNamedCsvGz()
    {
        var result = Read(CandleTestFiles.Path(CandleTestFiles.OhlcvGzip));

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.True(result.Value.WasGzip);
        Assert.Equal(Read(CandleTestFiles.Path(CandleTestFiles.Ohlcv)).Value.Candles, result.Value.Candles);
    }

    [Fact]
    public void Gzip_IsDetectedByMagicBytesNotName()
    {
        var result = Read(CandleTestFiles.Path(CandleTestFiles.KlineGzipNamedCsv));

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.True(result.Value.WasGzip);
        Assert.Equal(Read(CandleTestFiles.Path(CandleTestFiles.Kline)).Value.Candles, result.Value.Candles);
    }

    [Fact]
    public void PlainText_NamedCsvGz_IsReadAsPlainText()
    {
        var path = _files.Write("plain.csv.gz", File.ReadAllBytes(CandleTestFiles.Path(CandleTestFiles.Ohlcv)));

        var result = Read(path);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.False(result.Value.WasGzip);
    }

    [Fact]
    public void CorruptGzip_IsRejectedAsUnreadable()
    {
        var bytes = File.ReadAllBytes(CandleTestFiles.Path(CandleTestFiles.OhlcvGzip));
        bytes.AsSpan(12, 40).Fill(0x55);
        var path = _files.Write("corrupt.csv.gz", bytes);

        var result = Read(path);

        Assert.False(result.IsSuccess);
        Assert.Equal(ImportFailures.UnreadableFile, result.Failure.Code);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(30)]
    public void TruncatedGzip_IsRejected_NotImportedInPart(int missingBytes)
    {
        var bytes = File.ReadAllBytes(CandleTestFiles.Path(CandleTestFiles.OhlcvGzip));
        var path = _files.Write("truncated.csv.gz", bytes[..^missingBytes]);

        var result = Read(path);

        Assert.False(result.IsSuccess);
        Assert.Equal(ImportFailures.UnreadableFile, result.Failure.Code);
        Assert.Contains("truncated", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimals_AreParsedExactly_WithoutADoubleRoundTrip()
    {
        var path = _files.Write(
            "exact.csv",
            "open_time_ms,open,high,low,close,volume\n"
                + "1502942400000,0.1,0.30000000000000004,0.00000001,0.2,1234567890123456.123456789012\n"
                + "1502946000000,12345678901234567890.12345678,12345678901234567890.12345679,12345678901234567890.12345677,12345678901234567890.12345678,0\n"
        );

        var result = Read(path);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        var (a, b) = (result.Value.Candles[0], result.Value.Candles[1]);
        Assert.Equal(0.1m, a.Open);
        Assert.Equal(0.30000000000000004m, a.High);
        Assert.Equal(0.00000001m, a.Low);
        Assert.Equal(1234567890123456.123456789012m, a.Volume);
        Assert.Equal(12345678901234567890.12345678m, b.Open);
        Assert.Equal(12345678901234567890.12345679m, b.High);
        Assert.Equal(0m, b.Volume);
    }

    [Fact]
    public void BlankLines_ByteOrderMark_QuotesAndSpaces_AreTolerated()
    {
        var lines = CandleTestFiles.Lines(CandleTestFiles.Ohlcv);
        var text =
            "\uFEFF"
            + lines[0]
            + "\r\n"
            + lines[1]
            + "\n\n"
            + string.Join(',', lines[2].Split(',').Select(f => $" \"{f}\" "))
            + "\n"
            + string.Join('\n', lines[3..])
            + "\n\n\n";
        var path = _files.Write("tolerant.csv", text);

        var result = Read(path);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal(Read(CandleTestFiles.Path(CandleTestFiles.Ohlcv)).Value.Candles, result.Value.Candles);
    }

    [Fact]
    public void LastLine_WithoutNewline_IsRead()
    {
        var text = File.ReadAllText(CandleTestFiles.Path(CandleTestFiles.Ohlcv)).TrimEnd('\n');
        var path = _files.Write("no-final-newline.csv", text);

        Assert.Equal(CandleTestFiles.Rows, Read(path).Value.Candles.Count);
    }

    [Fact]
    public void OpenTimes_InMicroseconds_AreReadAsMilliseconds()
    {
        var path = _files.Variant(
            CandleTestFiles.Kline,
            lines =>
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    var fields = lines[i].Split(',');
                    fields[0] += "000";
                    lines[i] = string.Join(',', fields);
                }
            }
        );

        var result = Read(path);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1502942400000), First(result).OpenTime);
    }

    [Fact]
    public void WeeklyCandles_MustOpenOnMonday()
    {
        // 2024-01-01 and 2024-01-08 are Mondays; 2024-01-10 is a Wednesday.
        const string Header = "open_time_ms,open,high,low,close,volume\n";
        var monday = _files.Write("w1.csv", Header + "1704067200000,1,2,1,2,3\n1704672000000,2,3,1,2,3\n");
        var wednesday = _files.Write("w2.csv", Header + "1704067200000,1,2,1,2,3\n1704844800000,2,3,1,2,3\n");

        Assert.True(Read(monday, Interval.OneWeek).IsSuccess);
        var failure = Read(wednesday, Interval.OneWeek).Failure;
        Assert.Equal(ImportFailures.MisalignedTime, failure?.Code);
        Assert.StartsWith("line 3: ", failure?.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, int, string, string, string> MalformedOhlcvRows() =>
        new()
        {
            // name, line, column, new value, expected code, expected reason
            { "bad number", 4, 2, "4345.4x", ImportFailures.MalformedRow, "high '4345.4x' is not a number" },
            { "empty number", 5, 5, "", ImportFailures.MalformedRow, "volume is empty" },
            { "NaN", 3, 4, "NaN", ImportFailures.MalformedRow, "close 'NaN' is not a number" },
            {
                "time not a number",
                4,
                0,
                "2017-08-17 06:00",
                ImportFailures.MalformedRow,
                "open_time_ms '2017-08-17 06:00' is not a whole number of milliseconds"
            },
            { "too many columns", 3, 5, "23.234916,1", ImportFailures.MalformedRow, "expected 6 columns" },
            { "high below low", 5, 2, "4287", ImportFailures.InvalidCandle, "high 4287 is below low 4287.41" },
            { "high below open", 4, 2, "4325", ImportFailures.InvalidCandle, "high 4325 is below open 4330.29" },
            { "high below close", 8, 2, "4450", ImportFailures.InvalidCandle, "high 4450 is below close 4460" },
            { "low above open", 3, 3, "4310", ImportFailures.InvalidCandle, "low 4310 is above open 4308.83" },
            { "low above close", 9, 3, "4430", ImportFailures.InvalidCandle, "low 4430 is above close 4427.3" },
            { "zero price", 2, 1, "0", ImportFailures.InvalidCandle, "open must be positive, found 0" },
            {
                "negative price",
                6,
                3,
                "-4333.32",
                ImportFailures.InvalidCandle,
                "low must be positive, found -4333.32"
            },
            { "negative volume", 9, 5, "-1", ImportFailures.InvalidCandle, "negative volume -1" },
            {
                "misaligned time",
                6,
                0,
                "1502956860000",
                ImportFailures.MisalignedTime,
                "open time 1502956860000 (2017-08-17 08:01:00 UTC) is not aligned to the 1h interval"
            },
            {
                "duplicate time",
                7,
                0,
                "1502956800000",
                ImportFailures.DuplicateTime,
                "duplicate open time 1502956800000 (2017-08-17 08:00:00 UTC), already on line 6"
            },
            {
                "time going back",
                8,
                0,
                "1502956800000",
                ImportFailures.UnorderedTime,
                "is before the previous row's 1502960400000 (line 7)"
            },
        };

    [Theory]
    [MemberData(nameof(MalformedOhlcvRows))]
    public void MalformedRow_RejectsTheFileWithItsLineNumberAndReason(
        string name,
        int line,
        int column,
        string value,
        string code,
        string reason
    )
    {
        var path = _files.WithField(CandleTestFiles.Ohlcv, line, column, value);

        var result = Read(path);

        Assert.False(result.IsSuccess, name);
        Assert.Equal(code, result.Failure.Code);
        Assert.StartsWith($"line {line}: ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewColumns_IsRejected()
    {
        var path = _files.Variant(CandleTestFiles.Ohlcv, lines => lines[6] = lines[6][..lines[6].LastIndexOf(',')]);

        var failure = Read(path).Failure;

        Assert.Equal(ImportFailures.MalformedRow, failure?.Code);
        Assert.Equal("line 7: expected 6 columns (open_time_ms,open,high,low,close,volume), found 5", failure?.Message);
    }

    [Fact]
    public void FirstLine_WithAnUnknownColumnCount_IsRejected()
    {
        var path = _files.Write("seven.csv", "1502942400000,1,2,1,2,3,4\n");

        var failure = Read(path).Failure;

        Assert.Equal(ImportFailures.MalformedRow, failure?.Code);
        Assert.StartsWith("line 1: found 7 columns; expected 6", failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_WithColumnsInAnotherOrder_IsRejected()
    {
        var path = _files.Variant(CandleTestFiles.Ohlcv, lines => lines[0] = "open_time_ms,close,high,low,open,volume");

        var failure = Read(path).Failure;

        Assert.Equal(ImportFailures.MalformedRow, failure?.Code);
        Assert.StartsWith("line 1: ", failure?.Message, StringComparison.Ordinal);
        Assert.Contains("column 2 is 'close'", failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kline_NegativeQuoteVolume_IsRejected()
    {
        var path = _files.WithField(CandleTestFiles.Kline, 3, 7, "-5");

        var failure = Read(path).Failure;

        Assert.Equal(ImportFailures.InvalidCandle, failure?.Code);
        Assert.Equal("line 3: negative quote volume -5", failure?.Message);
    }

    [Fact]
    public void Kline_BadQuoteVolume_IsRejected()
    {
        var path = _files.WithField(CandleTestFiles.KlineHeader, 4, 7, "n/a");

        var failure = Read(path).Failure;

        Assert.Equal(ImportFailures.MalformedRow, failure?.Code);
        Assert.Equal("line 4: quote asset volume 'n/a' is not a number", failure?.Message);
    }

    [Fact]
    public void MalformedRow_InAGzipFile_IsReportedWithItsLine()
    {
        var lines = CandleTestFiles.Lines(CandleTestFiles.Ohlcv);
        lines[4] = lines[4].Replace("4349.99,4287.41", "4287,4287.41", StringComparison.Ordinal);
        var path = _files.Gzip("bad.csv.gz", string.Join('\n', lines) + "\n");

        var failure = Read(path).Failure;

        Assert.Equal(ImportFailures.InvalidCandle, failure?.Code);
        Assert.Equal("line 5: high 4287 is below low 4287.41", failure?.Message);
    }

    [Fact]
    public void EmptyFile_AndHeaderOnly_AreRejected()
    {
        var empty = _files.Write("empty.csv", "");
        var blank = _files.Write("blank.csv", "\n\n");
        var headerOnly = _files.Write("header.csv", "open_time_ms,open,high,low,close,volume\n");

        Assert.Equal(ImportFailures.EmptyFile, Read(empty).Failure?.Code);
        Assert.Equal(ImportFailures.EmptyFile, Read(blank).Failure?.Code);
        Assert.Equal(ImportFailures.EmptyFile, Read(headerOnly).Failure?.Code);
    }

    [Fact]
    public void MissingFile_IsAFailureNotAnException()
    {
        var failure = Read(Path.Combine(_files.Folder, "nope.csv")).Failure;

        Assert.Equal(ImportFailures.FileNotFound, failure?.Code);
    }

    [Fact]
    public void NonCsvBytes_AreRejectedAsMalformed()
    {
        var path = _files.Write("binary.csv", Encoding.UTF8.GetBytes("PK\u0003\u0004 this is a zip, not a csv"));

        Assert.Equal(ImportFailures.MalformedRow, Read(path).Failure?.Code);
    }

    [Fact]
    public void SharedBtcusdt1m_ReadsEveryRow_AndReportsProgress()
    {
        var path = SharedData.File("data/binance-spot/BTCUSDT-1m.csv.gz");
        var reports = new List<long>();

        var result = CandleFileReader.Read(path, Btc, Interval.OneMinute, reports.Add);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal(130_707, result.Value.Candles.Count);
        Assert.True(result.Value.WasGzip);
        Assert.Equal(130_707, reports[^1]);
        Assert.True(reports.Count > 10);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public void Cancellation_StopsTheRead()
    {
        var path = SharedData.File("data/binance-spot/BTCUSDT-1m.csv.gz");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            CandleFileReader.Read(path, Btc, Interval.OneMinute, ct: cancel.Token)
        );
    }
}
