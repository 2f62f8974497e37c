using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

/// <summary>The real client, built by the product's registration, over a <see cref="FakeMexcServer"/> and a fake clock.</summary>
public sealed class MexcTestHost : IDisposable
{
    public static readonly MexcApiKey DocsKey = new("mx0aBYs33eIilxBWC5", "45d0b3c26f2644f19bfb98b07741b2f5");

    private readonly ServiceProvider _services;

    private MexcTestHost(IDictionary<string, string?> settings, MexcApiKey? key)
    {
        Server = new FakeMexcServer(Time);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mexc:RestBaseUrl"] = "https://api.mexc.test" })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IMexcCredentials>(new StaticMexcCredentials(key));
        services.AddMexcClient().ConfigurePrimaryHttpMessageHandler(() => Server);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 13, 11, 0, 0, TimeSpan.Zero));

    public FakeMexcServer Server { get; }

    public MexcRestClient Client => _services.GetRequiredService<MexcRestClient>();

    public MexcServerClock Clock => _services.GetRequiredService<MexcServerClock>();

    public static MexcTestHost Create(IDictionary<string, string?>? settings = null, MexcApiKey? key = null) =>
        new(settings ?? new Dictionary<string, string?>(), key ?? DocsKey);

    public static MexcTestHost WithoutKey() => new(new Dictionary<string, string?>(), null);

    /// <summary>Runs a call to completion, moving the fake clock forward whenever it waits (retries, back-offs).</summary>
    public async Task<T> RunAsync<T>(Func<MexcRestClient, Task<T>> call, TimeSpan? step = null)
    {
        var task = call(Client);
        for (var i = 0; i < 2_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            if (!task.IsCompleted)
            {
                Time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            }
        }
        Assert.True(task.IsCompleted, "The call kept waiting; it should have finished or failed.");
        return await task;
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Dispose();
    }
}
