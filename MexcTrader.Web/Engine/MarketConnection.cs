using System.Security.Cryptography;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.Secrets;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Web.Engine;

/// <summary>
/// The real MEXC REST client and WebSocket address for one engine run. Demo starts the wire simulator on loopback
/// and points the clients at it (the full live code path, no internet); paper uses MEXC's public data; live signs
/// with the key from the secret store.
/// </summary>
public sealed class MarketConnection : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly SimulatorHandle? _simulator;

    private MarketConnection(ServiceProvider services, Uri webSocketUrl, SimulatorHandle? simulator)
    {
        _services = services;
        _simulator = simulator;
        WebSocketUrl = webSocketUrl;
        Rest = services.GetRequiredService<MexcRestClient>();
    }

    public MexcRestClient Rest { get; }

    public Uri WebSocketUrl { get; }

    /// <summary>Demo only: completes when the simulator has replayed the whole sample.</summary>
    public Task? ReplayEnded => _simulator?.ReplayTask;

    public static async Task<Result<MarketConnection>> OpenAsync(
        EngineOptions engine,
        IConfiguration configuration,
        ISecretStore secrets,
        ILoggerFactory logs,
        IReadOnlyCollection<Symbol> symbols,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration
            .GetSection(MexcOptions.SectionName)
            .AsEnumerable()
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value);
        var mexc = configuration.GetSection(MexcOptions.SectionName).Get<MexcOptions>() ?? new MexcOptions();
        switch (engine.Mode)
        {
            case EngineMode.Demo:
                return await OpenDemoAsync(engine, settings, logs, symbols, ct).ConfigureAwait(false);
            case EngineMode.Paper:
                return Result.Ok(Open(settings, logs, new StaticMexcCredentials(null), mexc.WebSocketUrl!, null));
            default:
                var key = await secrets.GetAsync(engine.ApiKeySecretName, ct).ConfigureAwait(false);
                var secret = await secrets.GetAsync(engine.ApiSecretSecretName, ct).ConfigureAwait(false);
                if (!key.IsSuccess || !secret.IsSuccess)
                {
                    return Result.Fail<MarketConnection>(
                        "engine.no-keys",
                        $"Live mode needs the MEXC API key and secret in the secret store under "
                            + $"'{engine.ApiKeySecretName}' and '{engine.ApiSecretSecretName}' (Settings → Keys, or "
                            + "the `secrets set` CLI verb)."
                    );
                }
                return Result.Ok(
                    Open(
                        settings,
                        logs,
                        new StaticMexcCredentials(new MexcApiKey(key.Value, secret.Value)),
                        mexc.WebSocketUrl!,
                        null
                    )
                );
        }
    }

    private static async Task<Result<MarketConnection>> OpenDemoAsync(
        EngineOptions engine,
        Dictionary<string, string?> settings,
        ILoggerFactory logs,
        IReadOnlyCollection<Symbol> symbols,
        CancellationToken ct
    )
    {
        var candles = DemoSample.Load(symbols);
        if (!candles.IsSuccess)
        {
            return Result.Fail<MarketConnection>(candles.Failure);
        }
        // a fresh key per run: the simulator checks signatures like MEXC, and nothing outside this process needs it
        var key = new MexcApiKey(
            "mx0" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))
        );
        var speed = engine.DecisionInterval.Length().TotalMilliseconds / engine.DemoCandleMilliseconds;
        var simulator = await MexcWireSimulator
            .StartAsync(
                new WireSimulatorOptions
                {
                    ApiKey = key.AccessKey,
                    ApiSecret = key.SecretKey,
                    Candles = candles.Value,
                    Replay = new ReplayOptions(speed, engine.DemoWarmupCandles),
                    Balances = new Dictionary<string, decimal> { ["USDT"] = engine.StartingCashUsdt },
                    KlineLimitMax = 1000,
                },
                ct
            )
            .ConfigureAwait(false);
        settings[$"{MexcOptions.SectionName}:{nameof(MexcOptions.RestBaseUrl)}"] = simulator.BaseUrl.ToString();
        var ws = new Uri(simulator.BaseUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "ws");
        return Result.Ok(Open(settings, logs, new StaticMexcCredentials(key), ws, simulator));
    }

    private static MarketConnection Open(
        Dictionary<string, string?> settings,
        ILoggerFactory logs,
        IMexcCredentials credentials,
        Uri webSocketUrl,
        SimulatorHandle? simulator
    )
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(logs)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton(credentials);
        services.AddMexcClient();
        return new MarketConnection(services.BuildServiceProvider(), webSocketUrl, simulator);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
