using MexcTrader.Core.Persistence;
using MexcTrader.Core.Secrets;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Hosting.Secrets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>The Data Protection secret store on both databases: encrypted at rest, masked when shown.</summary>
public sealed class SecretStoreTests : IDisposable
{
    private const string Key = "sk-proj-abcdefghijklmnop-9876";
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("mexctrader-keys-");

    public void Dispose() => _keys.Delete(recursive: true);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SetThenGet_FromAFreshStore_RoundTripsAndStoresOnlyCiphertext(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = Store(database, _keys);

        var info = await sut.SetAsync("llm-api-key", Key, CancellationToken.None);
        var read = await Store(database, _keys).GetAsync("llm-api-key", CancellationToken.None);
        var listed = await sut.ListAsync(CancellationToken.None);
        await using var db = database.CreateContext();
        var row = await db.Secrets.AsNoTracking().SingleAsync();

        Assert.Equal("sk-…9876", info.Value.Masked);
        Assert.Equal(Key, read.Value);
        Assert.Equal(("llm-api-key", "sk-…9876"), (Assert.Single(listed).Name, listed[0].Masked));
        Assert.DoesNotContain(Key, row.Protected, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnop", row.Protected, StringComparison.Ordinal);
        Assert.True(await sut.ExistsAsync("llm-api-key", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Set_Twice_ReplacesAndDeleteRemoves()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = Store(database, _keys);

        await sut.SetAsync("mexc-api-secret", Key, CancellationToken.None);
        await sut.SetAsync("mexc-api-secret", "another-secret-value-0000", CancellationToken.None);
        var replaced = await sut.GetAsync("mexc-api-secret", CancellationToken.None);
        var deleted = await sut.DeleteAsync("mexc-api-secret", CancellationToken.None);
        var again = await sut.DeleteAsync("mexc-api-secret", CancellationToken.None);
        var missing = await sut.GetAsync("mexc-api-secret", CancellationToken.None);

        Assert.Equal("another-secret-value-0000", replaced.Value);
        Assert.True(deleted);
        Assert.False(again);
        Assert.Equal(SecretFailures.NotFound, missing.Failure?.Code);
    }

    [SkippableFact]
    public async Task Get_WithAnotherInstallationsKeys_FailsAsUnreadable()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var otherKeys = Directory.CreateTempSubdirectory("mexctrader-keys-other-");
        try
        {
            await Store(database, _keys).SetAsync("llm-api-key", Key, CancellationToken.None);

            var read = await Store(database, otherKeys).GetAsync("llm-api-key", CancellationToken.None);

            Assert.Equal(SecretFailures.Unreadable, read.Failure?.Code);
            Assert.DoesNotContain(Key, read.Failure!.Message, StringComparison.Ordinal);
        }
        finally
        {
            otherKeys.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData("LLM Key", "x", SecretFailures.InvalidName)]
    [InlineData("", "x", SecretFailures.InvalidName)]
    [InlineData("llm-api-key", "   ", SecretFailures.EmptyValue)]
    public async Task Set_BadInput_FailsAndStoresNothing(string name, string value, string code)
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = Store(database, _keys);

        var result = await sut.SetAsync(name, value, CancellationToken.None);

        Assert.Equal(code, result.Failure?.Code);
        Assert.Empty(await sut.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("sk-abcdefgh1234", "sk-…1234")]
    [InlineData("mx0vglAbCdEfGhIjKlMnOp", "mx0…MnOp")]
    [InlineData("short-key12", "…")]
    public void Mask_ShowsPrefixAndLastFourOnlyForLongValues(string value, string masked) =>
        Assert.Equal(masked, SecretMask.Mask(value));

    private static DataProtectionSecretStore Store(TestDatabase database, DirectoryInfo keys)
    {
        var protection = new ServiceCollection()
            .AddDataProtection()
            .SetApplicationName(SecretsRegistration.ApplicationName)
            .PersistKeysToFileSystem(keys)
            .Services.BuildServiceProvider()
            .GetRequiredService<IDataProtectionProvider>();
        return new DataProtectionSecretStore(protection, database.ContextFactory, TimeProvider.System);
    }
}
