using MexcTrader.Core.Exchange.Mexc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Hosting;

/// <summary>Registers the MEXC REST client: validated options, shared clock and rate-limit gate, resilient HttpClient.</summary>
public static class MexcRegistration
{
    public static WebApplicationBuilder AddMexc(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMexcClient();
        return builder;
    }

    /// <summary>The client's HttpClient builder is returned so tests can put a fake handler under it.</summary>
    public static IHttpClientBuilder AddMexcClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services
            .AddOptions<MexcOptions>()
            .BindConfiguration(MexcOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IMexcCredentials>(new StaticMexcCredentials(null));
        services.TryAddSingleton<MexcServerClock>();
        services.TryAddSingleton<MexcRateLimitGate>();
        var client = services.AddHttpClient<MexcRestClient>(
            (sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<MexcOptions>>().Value.RestBaseUrl;
                // The resilience pipeline owns timeouts; HttpClient's own 100 s limit must not cut it short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            }
        );
        client
            .AddStandardResilienceHandler()
            .Configure(
                (HttpStandardResilienceOptions o, IServiceProvider sp) =>
                {
                    var mexc = sp.GetRequiredService<IOptions<MexcOptions>>().Value;
                    // Never blindly re-send an order: POST/PUT/DELETE are not retried, reads are.
                    o.Retry.DisableForUnsafeHttpMethods();
                    o.Retry.MaxRetryAttempts = mexc.ReadRetries;
                    o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(mexc.AttemptTimeoutSeconds);
                    o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(mexc.TotalTimeoutSeconds);
                    o.CircuitBreaker.FailureRatio = mexc.BreakerFailureRatio;
                    o.CircuitBreaker.MinimumThroughput = mexc.BreakerMinimumThroughput;
                    // the standard handler refuses a window shorter than twice the attempt timeout
                    o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(
                        Math.Max(mexc.BreakerSamplingSeconds, 2 * mexc.AttemptTimeoutSeconds)
                    );
                    o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(mexc.BreakerBreakSeconds);
                }
            );
        // Added after the resilience handler, so it sits under the retries and sees every attempt.
        client.AddHttpMessageHandler(sp => new MexcRateLimitHandler(
            sp.GetRequiredService<MexcRateLimitGate>(),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<MexcOptions>>().Value.MaxRateLimitWaitSeconds)
        ));
        return client;
    }
}
