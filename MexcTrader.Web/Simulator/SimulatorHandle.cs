using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Simulator;

/// <summary>A running wire simulator: its address, its exchange (to inspect), its replay and its fault switch.</summary>
public sealed class SimulatorHandle : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly TaskCompletionSource _started;

    internal SimulatorHandle(
        WebApplication app,
        Uri baseUrl,
        SimulatedExchange exchange,
        MarketReplay replay,
        FaultInjector faults,
        Task replayTask,
        TaskCompletionSource started,
        CancellationTokenSource stopping
    )
    {
        _started = started;
        _app = app;
        BaseUrl = baseUrl;
        Exchange = exchange;
        Replay = replay;
        Faults = faults;
        ReplayTask = replayTask;
        _stopping = stopping;
    }

    /// <summary>Root of the REST API, e.g. http://127.0.0.1:51234/ (paths are /api/v3/...).</summary>
    public Uri BaseUrl { get; }

    public SimulatedExchange Exchange { get; }

    public MarketReplay Replay { get; }

    public FaultInjector Faults { get; }

    /// <summary>The /ws side: connections and its own fault switch (drops, malformed frames).</summary>
    public WebSocket.SimulatorSockets WebSockets => _app.Services.GetRequiredService<WebSocket.SimulatorSockets>();

    /// <summary>Completes when every candle has been replayed (or the simulator stopped).</summary>
    public Task ReplayTask { get; }

    /// <summary>Starts a replay held back by <see cref="WireSimulatorOptions.ReplayOnStart"/> = false; no-op otherwise.</summary>
    public void StartReplay() => _started.TrySetResult();

    public async Task StopAsync(CancellationToken ct)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await ReplayTask.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping cancels the replay: expected
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
