using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Tests.Integration.Simulator;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>The real MEXC client wired as the product wires it (AddMexcClient), pointed at a wire simulator.</summary>
internal static class ResilienceHarness
{
    /// <summary>Name of the options of the standard resilience handler on the typed MEXC client.</summary>
    private const string ResilienceOptionsName = nameof(MexcRestClient) + "-standard";

    /// <param name="options">MexcOptions overrides, e.g. ["AttemptTimeoutSeconds"] = "1".</param>
    /// <param name="time">Clock of the client (a skewed one for timestamp tests); the system clock when null.</param>
    /// <param name="counter">Sees every attempt that really goes on the wire (under retries and the rate-limit gate).</param>
    public static ServiceProvider Client(
        SimulatorHandle sim,
        out MexcRestClient client,
        IReadOnlyDictionary<string, string>? options = null,
        TimeProvider? time = null,
        string secret = SimulatorFixture.Secret,
        WireCounter? counter = null
    )
    {
        var settings = new Dictionary<string, string?> { ["Mexc:RestBaseUrl"] = sim.BaseUrl.ToString() };
        foreach (var (name, value) in options ?? new Dictionary<string, string>())
        {
            settings["Mexc:" + name] = value;
        }
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddSingleton<IMexcCredentials>(new StaticMexcCredentials(new MexcApiKey(SimulatorFixture.ApiKey, secret)));
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        var http = services.AddMexcClient();
        if (counter is not null)
        {
            http.AddHttpMessageHandler(() => new CountingHandler(counter));
        }
        services.PostConfigure<HttpStandardResilienceOptions>(
            ResilienceOptionsName,
            o =>
            {
                // the product's 2 s exponential read back-off would dominate a test that fails reads on purpose
                o.Retry.Delay = TimeSpan.FromMilliseconds(20);
            }
        );
        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<MexcRestClient>();
        return provider;
    }

    private sealed class CountingHandler(WireCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            counter.Count(request.Method, request.RequestUri?.AbsolutePath ?? "");
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>Requests that left the client, per "METHOD /path".</summary>
internal sealed class WireCounter
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new();

    public void Count(HttpMethod method, string path) =>
        _counts.AddOrUpdate($"{method.Method} {path}", 1, (_, n) => n + 1);

    public int this[string methodAndPath] => _counts.GetValueOrDefault(methodAndPath);

    public int Total => _counts.Values.Sum();
}
