using System.CommandLine;
using System.Data.Common;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Secrets;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Web.Cli;

/// <summary>`secrets`: stores, lists (masked) and deletes the encrypted exchange and LLM keys from a script.</summary>
internal static class SecretsCommand
{
    private const string Help =
        "Values are read from a file or standard input (--from-file -), never from the command line, which shell "
        + "history keeps. Exit codes: 0 done, 1 bad arguments or unknown secret, 4 database error.";

    public static Command Create()
    {
        var command = new Command("secrets", "Manage encrypted keys (exchange, LLM). " + Help);
        command.Subcommands.Add(Set());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command Set()
    {
        var name = NameArgument();
        var from = new Option<string>("--from-file")
        {
            Description = "File holding the value (first line), or '-' for standard input.",
            Required = true,
            HelpName = "PATH",
        };
        var (provider, connection) = Database();
        var command = new Command("set", "Store or replace a secret; prints it masked.")
        {
            name,
            from,
            provider,
            connection,
        };
        command.SetAction(
            (parse, ct) =>
                WithStoreAsync(
                    parse,
                    provider,
                    connection,
                    async (store, output, error) =>
                    {
                        var path = parse.GetRequiredValue(from);
                        string? value;
                        try
                        {
                            value =
                                path == "-"
                                    ? await Console.In.ReadLineAsync(ct).ConfigureAwait(false)
                                    : (await File.ReadAllLinesAsync(path, ct).ConfigureAwait(false)).FirstOrDefault();
                        }
                        catch (IOException e)
                        {
                            await error
                                .WriteLineAsync($"secrets set: cannot read {path}: {e.Message}")
                                .ConfigureAwait(false);
                            return CliExitCodes.BadArguments;
                        }
                        var stored = await store
                            .SetAsync(parse.GetRequiredValue(name), value ?? "", ct)
                            .ConfigureAwait(false);
                        if (!stored.IsSuccess)
                        {
                            await error.WriteLineAsync($"secrets set: {stored.Failure.Message}").ConfigureAwait(false);
                            return CliExitCodes.BadArguments;
                        }
                        await output.WriteLineAsync($"{stored.Value.Name} {stored.Value.Masked}").ConfigureAwait(false);
                        return CliExitCodes.Ok;
                    },
                    ct
                )
        );
        return command;
    }

    private static Command List()
    {
        var (provider, connection) = Database();
        var command = new Command("list", "List stored secrets, masked.") { provider, connection };
        command.SetAction(
            (parse, ct) =>
                WithStoreAsync(
                    parse,
                    provider,
                    connection,
                    async (store, output, _) =>
                    {
                        foreach (var secret in await store.ListAsync(ct).ConfigureAwait(false))
                        {
                            await output
                                .WriteLineAsync($"{secret.Name} {secret.Masked} {secret.UpdatedAt:O}")
                                .ConfigureAwait(false);
                        }
                        return CliExitCodes.Ok;
                    },
                    ct
                )
        );
        return command;
    }

    private static Command Delete()
    {
        var name = NameArgument();
        var (provider, connection) = Database();
        var command = new Command("delete", "Delete a secret.") { name, provider, connection };
        command.SetAction(
            (parse, ct) =>
                WithStoreAsync(
                    parse,
                    provider,
                    connection,
                    async (store, _, error) =>
                    {
                        var secret = parse.GetRequiredValue(name);
                        if (await store.DeleteAsync(secret, ct).ConfigureAwait(false))
                        {
                            return CliExitCodes.Ok;
                        }
                        await error
                            .WriteLineAsync($"secrets delete: no secret named '{secret}'.")
                            .ConfigureAwait(false);
                        return CliExitCodes.BadArguments;
                    },
                    ct
                )
        );
        return command;
    }

    private static Argument<string> NameArgument() =>
        new("name") { Description = "Secret name, e.g. llm-api-key (lower-case letters, digits, '.', '-', '_')." };

    private static (Option<string> Provider, Option<string> Connection) Database() =>
        (
            CliOptions.Provider("Database engine; default: Database:Provider."),
            CliOptions.Connection("Connection string; default: ConnectionStrings:Trading.")
        );

    private static async Task<int> WithStoreAsync(
        ParseResult parse,
        Option<string> provider,
        Option<string> connection,
        Func<ISecretStore, TextWriter, TextWriter, Task<int>> work,
        CancellationToken ct
    )
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        WebApplication host;
        try
        {
            host = CliHost.Build(CliOptions.ParseProvider(parse.GetValue(provider)), parse.GetValue(connection));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"secrets: {e.Message}").ConfigureAwait(false);
            return CliExitCodes.BadArguments;
        }
        await using (host.ConfigureAwait(false))
        {
            try
            {
                var contexts = host.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
                await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
                {
                    await StoreSchema.ApplyAsync(db, ct).ConfigureAwait(false);
                }
                return await work(host.Services.GetRequiredService<ISecretStore>(), output, error)
                    .ConfigureAwait(false);
            }
            catch (DbException e)
            {
                await error.WriteLineAsync($"secrets: database error: {e.Message}").ConfigureAwait(false);
                return CliExitCodes.StorageFailed;
            }
        }
    }
}
