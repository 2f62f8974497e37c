using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MexcTrader.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.TestKit;

/// <summary>
/// The web host for API and job tests. Uses the product's importer; until that is merged, the stand-in in
/// SimpleCsvCandleImporter.cs fills <see cref="AddStandIns"/> (deleting that file removes it, nothing else to edit).
/// </summary>
public sealed partial class ApiFactory(
    StorageProvider provider = StorageProvider.Sqlite,
    string? connectionString = null
) : MexcTraderFactory(provider, connectionString)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => AddStandIns(services));
    }

    static partial void AddStandIns(IServiceCollection services);
}

/// <summary>JSON helpers for API tests.</summary>
public static class ApiHost
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(Json)
        ?? throw new InvalidOperationException($"Empty {typeof(T).Name} body.");

    /// <summary>The per-field messages of an RFC 7807 validation problem.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ReadFieldErrorsAsync(
        this HttpResponseMessage response
    )
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync<ValidationProblem>();
        return problem.Errors ?? throw new InvalidOperationException("Problem has no errors member.");
    }

    public sealed record ValidationProblem(string? Title, int Status, Dictionary<string, string[]>? Errors);
}

/// <summary>One SQLite-backed host shared by a test class (xunit class fixture); tests use distinct symbols.</summary>
public sealed class SqliteApiFixture : IDisposable
{
    public ApiFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
