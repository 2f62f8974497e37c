using System.CommandLine;

namespace MexcTrader.Web.Cli;

/// <summary>The headless verbs; each lives in its own file and is listed here once.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All() =>
        [
            ImportCommand.Create(),
            BenchCommand.Create(),
            SimulatorCommand.Create(),
            IndicatorsCommand.Create(),
            DownloadCommand.Create(),
            GapsCommand.Create(),
            SecretsCommand.Create(),
        ];
}
