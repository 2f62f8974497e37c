using System.CommandLine;
using MexcTrader.Web.Hosting;

namespace MexcTrader.Web.Cli;

/// <summary>`serve`: runs the web app; any further arguments are ASP.NET Core's (--urls, --Database:Provider=...).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command(
            "serve",
            "Run the web app and trading engine (the default). Extra arguments go to ASP.NET Core, e.g. --urls http://127.0.0.1:5090"
        )
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => RunAsync([.. parse.UnmatchedTokens], ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var app = WebAppBuilder.Build(args);
        await app.RunAsync(ct).ConfigureAwait(false);
        return 0;
    }
}
