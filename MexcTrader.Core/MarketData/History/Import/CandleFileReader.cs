using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Reads a candle CSV (plain or gzip, told apart by the gzip magic bytes, not the name) and validates every row. The
/// file is read as UTF-8 bytes in large blocks and parsed span by span: no string per line or field. Any bad row
/// rejects the whole file with its 1-based line number in the file and the reason.
/// </summary>
public static class CandleFileReader
{
    /// <summary>Data rows between two calls of the rows-read callback (and cancellation checks).</summary>
    public const int ProgressInterval = 4_096;

    /// <summary>Lines longer than this are not candle rows; the file is rejected instead of buffered without end.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int BlockBytes = 1 << 18;

    public static Result<CandleFile> Read(
        string path,
        Symbol symbol,
        Interval interval,
        Action<long>? rowsRead = null,
        CancellationToken ct = default
    ) => Read(path, symbol, interval, rowsRead, rowsParsed: null, ct);

    /// <param name="rowsParsed">
    /// Gets every valid row once, in batches of about <see cref="ProgressInterval"/> as parsing goes on (each its own
    /// array), so a store can start before the file ends; a later bad row still fails the whole read.
    /// </param>
    public static Result<CandleFile> Read(
        string path,
        Symbol symbol,
        Interval interval,
        Action<long>? rowsRead,
        Action<Candle[]>? rowsParsed,
        CancellationToken ct
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return Result.Fail<CandleFile>(ImportFailures.FileNotFound, $"file not found: {path}");
        }
        try
        {
            using var file = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                bufferSize: 1 << 16,
                FileOptions.SequentialScan
            );
            return Read(file, symbol, interval, rowsRead, rowsParsed, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result.Fail<CandleFile>(
                e is FileNotFoundException or DirectoryNotFoundException
                    ? ImportFailures.FileNotFound
                    : ImportFailures.UnreadableFile,
                $"cannot read {path}: {e.Message}"
            );
        }
    }

    /// <summary>Reads from a seekable stream (the first two bytes are peeked to detect gzip); the stream stays open.</summary>
    public static Result<CandleFile> Read(
        Stream stream,
        Symbol symbol,
        Interval interval,
        Action<long>? rowsRead = null,
        CancellationToken ct = default
    ) => Read(stream, symbol, interval, rowsRead, rowsParsed: null, ct);

    /// <inheritdoc cref="Read(string, Symbol, Interval, Action{long}?, Action{Candle[]}?, CancellationToken)"/>
    public static Result<CandleFile> Read(
        Stream stream,
        Symbol symbol,
        Interval interval,
        Action<long>? rowsRead,
        Action<Candle[]>? rowsParsed,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable to detect gzip.", nameof(stream));
        }
        var gzip = IsGzip(stream);
        try
        {
            using var decoded = gzip ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : null;
            return Parse(
                decoded ?? stream,
                new RowParser(symbol, interval, gzip),
                gzip ? bytes => CheckGzipLength(stream, bytes) : null,
                rowsRead,
                rowsParsed,
                ct
            );
        }
        catch (InvalidDataException e)
        {
            return Result.Fail<CandleFile>(ImportFailures.UnreadableFile, $"the gzip data is corrupt: {e.Message}");
        }
    }

    private static bool IsGzip(Stream stream)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    /// <summary>
    /// .NET's GZipStream ends quietly at the end of a truncated file, which would import a partial file (and maybe a
    /// cut last row). The gzip trailer's ISIZE (uncompressed length mod 2^32) must match what was decompressed.
    /// </summary>
    private static Failure? CheckGzipLength(Stream compressed, long decompressedBytes)
    {
        if (compressed.Length < 18)
        {
            return new Failure(ImportFailures.UnreadableFile, "the gzip file is truncated");
        }
        Span<byte> trailer = stackalloc byte[4];
        compressed.Seek(-4, SeekOrigin.End);
        compressed.ReadExactly(trailer);
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return expected == (uint)decompressedBytes
            ? null
            : new Failure(
                ImportFailures.UnreadableFile,
                $"the gzip data ends after {decompressedBytes} bytes but its trailer says {expected}: the file is truncated or corrupt (gzip files of several members are not supported; decompress and compress it again)"
            );
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result<CandleFile> Parse(
        Stream stream,
        RowParser parser,
        Func<long, Failure?>? checkEnd,
        Action<long>? rowsRead,
        Action<Candle[]>? rowsParsed,
        CancellationToken ct
    )
    {
        long total = 0;
        var handedOver = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            int start = 0,
                end = 0;
            var eof = false;
            long line = 0;
            while (true)
            {
                var pending = buffer.AsSpan(start, end - start);
                var newline = pending.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    if (eof)
                    {
                        if (!pending.IsEmpty && parser.Line(pending, ++line) is { } lastFailure)
                        {
                            return Result.Fail<CandleFile>(lastFailure);
                        }
                        break;
                    }
                    if (start > 0)
                    {
                        pending.CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }
                    else if (end == buffer.Length)
                    {
                        if (buffer.Length >= MaxLineBytes)
                        {
                            return Result.Fail<CandleFile>(
                                ImportFailures.AtLine(
                                    ImportFailures.MalformedRow,
                                    line + 1,
                                    $"the line is longer than {MaxLineBytes} bytes; this is not a candle file"
                                )
                            );
                        }
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    var read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0)
                    {
                        eof = true;
                        if (checkEnd?.Invoke(total) is { } endFailure)
                        {
                            return Result.Fail<CandleFile>(endFailure);
                        }
                    }
                    end += read;
                    total += read;
                    continue;
                }
                if (parser.Line(pending[..newline], ++line) is { } failure)
                {
                    return Result.Fail<CandleFile>(failure);
                }
                start += newline + 1;
                if (parser.RowsSinceProgress >= ProgressInterval)
                {
                    parser.RowsSinceProgress = 0;
                    ct.ThrowIfCancellationRequested();
                    rowsRead?.Invoke(parser.Rows);
                    if (rowsParsed is not null)
                    {
                        rowsParsed(parser.RowsFrom(handedOver));
                        handedOver = (int)parser.Rows;
                    }
                }
            }
            rowsRead?.Invoke(parser.Rows);
            if (rowsParsed is not null && parser.Rows > handedOver)
            {
                rowsParsed(parser.RowsFrom(handedOver));
            }
            return parser.Finish(line);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
