using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>`secrets set|list|delete` in-process through CliApp on a throwaway SQLite database.</summary>
public sealed class SecretsCommandTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new Run(code, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public async Task SetListDelete_ShowOnlyMaskedValuesAndStoreCiphertext()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "mx0-apisecret-abcdefgh-7788\n");
        string[] db = ["--provider", "sqlite", "--connection", database.ConnectionString];
        try
        {
            var set = await RunAsync(["secrets", "set", "mexc-api-secret", "--from-file", file, .. db]);
            var list = await RunAsync(["secrets", "list", .. db]);
            await using var context = database.CreateContext();
            var row = await context.Secrets.AsNoTracking().SingleAsync();
            var badName = await RunAsync(["secrets", "set", "Bad Name", "--from-file", file, .. db]);
            var delete = await RunAsync(["secrets", "delete", "mexc-api-secret", .. db]);
            var deleteAgain = await RunAsync(["secrets", "delete", "mexc-api-secret", .. db]);

            Assert.Equal((0, "mexc-api-secret mx0…7788"), (set.ExitCode, set.Output.Trim()));
            Assert.Equal(0, list.ExitCode);
            Assert.StartsWith("mexc-api-secret mx0…7788 ", list.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("abcdefgh", set.Output + list.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("abcdefgh", row.Protected, StringComparison.Ordinal);
            Assert.Equal(1, badName.ExitCode);
            Assert.Contains("is not a secret name", badName.Error, StringComparison.Ordinal);
            Assert.Equal(0, delete.ExitCode);
            Assert.Equal(1, deleteAgain.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Set_MissingFile_ExitsWithBadArguments()
    {
        var run = await RunAsync(
            "secrets",
            "set",
            "llm-api-key",
            "--from-file",
            "/nonexistent/key.txt",
            "--provider",
            "sqlite",
            "--connection",
            "Data Source=:memory:"
        );

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read /nonexistent/key.txt", run.Error, StringComparison.Ordinal);
    }
}
