using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MexcTrader.Core.Persistence;

namespace MexcTrader.Tests.TestKit;

/// <summary>The web host for API and job tests, with the product's own services (importer included).</summary>
public sealed class ApiFactory(StorageProvider provider = StorageProvider.Sqlite, string? connectionString = null)
    : MexcTraderFactory(provider, connectionString);

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
