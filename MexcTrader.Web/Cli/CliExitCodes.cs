using MexcTrader.Core.MarketData.History.Import;

namespace MexcTrader.Web.Cli;

/// <summary>Exit codes of the headless verbs (also listed in their --help).</summary>
internal static class CliExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad arguments: also what the command-line parser returns for unknown or missing options.</summary>
    public const int BadArguments = 1;

    public const int FileMissing = 2;

    /// <summary>The file was read but rejected (malformed or invalid row, no rows); nothing was stored.</summary>
    public const int FileRejected = 3;

    public const int StorageFailed = 4;

    public const int Cancelled = 130;

    public const string Help =
        "Exit codes: 0 done, 1 bad arguments, 2 file missing or unreadable, 3 file rejected (nothing stored), 4 database error, 130 cancelled.";

    public static int ForFailure(string code) =>
        code switch
        {
            ImportFailures.FileNotFound or ImportFailures.UnreadableFile => FileMissing,
            ImportFailures.StorageFailed => StorageFailed,
            _ => FileRejected,
        };
}
