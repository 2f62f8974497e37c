using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>Failure codes of a candle import; messages say the line number (1-based, in the file) and the reason.</summary>
public static class ImportFailures
{
    public const string FileNotFound = "import.file-not-found";
    public const string UnreadableFile = "import.unreadable-file";
    public const string EmptyFile = "import.empty-file";

    /// <summary>Wrong column count, a field that is not a number, an unknown header.</summary>
    public const string MalformedRow = "import.malformed-row";

    /// <summary>Prices not positive, volume negative, high/low not bounding open and close.</summary>
    public const string InvalidCandle = "import.invalid-candle";

    /// <summary>An open time that is not a multiple of the interval (weeks: Monday 00:00 UTC; months: the 1st).</summary>
    public const string MisalignedTime = "import.misaligned-time";

    public const string DuplicateTime = "import.duplicate-time";
    public const string UnorderedTime = "import.unordered-time";

    /// <summary>The database refused or failed the write (after validation passed).</summary>
    public const string StorageFailed = "import.storage-failed";

    internal static Failure AtLine(string code, long line, string reason) => new(code, $"line {line}: {reason}");
}
