using System.CommandLine;

namespace MexcTrader.Web.Cli;

/// <summary>The command line: `serve` (default) runs the web app; the other verbs run headless work and exit.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = Build();
        var invocation = new InvocationConfiguration
        {
            // Exceptions must escape: WebApplicationFactory stops the host through one.
            EnableDefaultExceptionHandler = false,
        };
        if (output is not null)
        {
            invocation.Output = output;
        }
        if (error is not null)
        {
            invocation.Error = error;
        }
        return await root.Parse(args).InvokeAsync(invocation).ConfigureAwait(false);
    }

    public static RootCommand Build()
    {
        var serve = ServeCommand.Create();
        var root = new RootCommand(
            "MexcTrader: automated trading for MEXC spot. Without a verb it runs the web app (`serve`)."
        )
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Subcommands.Add(serve);
        foreach (var command in CliCommands.All())
        {
            root.Subcommands.Add(command);
        }
        root.SetAction((parse, ct) => ServeCommand.RunAsync([.. parse.UnmatchedTokens], ct));
        return root;
    }
}
