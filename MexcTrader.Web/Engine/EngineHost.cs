using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Engine;

/// <summary>
/// The trading engine as a background service: starts a <see cref="EngineSession"/> (automatically in demo mode),
/// pauses, resumes and stops it on <see cref="EngineControl"/> commands, and stops it cleanly with the app.
/// </summary>
internal sealed class EngineHost(
    EngineServices services,
    EngineControl control,
    EngineStatus status,
    IOptions<EngineOptions> options,
    ILogger<EngineHost> log
) : BackgroundService
{
    private CancellationTokenSource? _stopSession;
    private Task _session = Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AutoStart && options.Value.Mode == EngineMode.Demo)
        {
            Start(stoppingToken);
        }
        try
        {
            await foreach (var command in control.Commands.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await ApplyAsync(command, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the app is stopping
        }
        await StopSessionAsync().ConfigureAwait(false);
    }

    private async Task ApplyAsync(EngineCommand command, CancellationToken stoppingToken)
    {
        switch (command)
        {
            case EngineCommand.Start when !_session.IsCompleted:
                control.SetPaused(false);
                status.SetState(EngineRunState.Running, status.Current.Message);
                break;
            case EngineCommand.Start:
                Start(stoppingToken);
                break;
            case EngineCommand.Pause when !_session.IsCompleted:
                control.SetPaused(true);
                status.SetState(EngineRunState.Paused, "Paused: candles are still stored; no signals or decisions.");
                break;
            case EngineCommand.Stop:
                await StopSessionAsync().ConfigureAwait(false);
                break;
        }
    }

    private void Start(CancellationToken stoppingToken)
    {
        control.SetPaused(false);
        _stopSession = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        status.SetState(EngineRunState.Starting, $"Starting in {options.Value.Mode} mode…");
        var token = _stopSession.Token;
        _session = Task.Run(() => RunSessionAsync(token), CancellationToken.None);
    }

    private async Task RunSessionAsync(CancellationToken ct)
    {
        try
        {
            await new EngineSession(services, log).RunAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // stopped
        }
        catch (Exception e)
        {
            log.LogError(e, "The engine stopped on an error");
            status.SetState(EngineRunState.Faulted, $"The engine stopped on an error: {e.Message}");
        }
    }

    private async Task StopSessionAsync()
    {
        if (_stopSession is null)
        {
            return;
        }
        await _stopSession.CancelAsync().ConfigureAwait(false);
        await _session.ConfigureAwait(false);
        _stopSession.Dispose();
        _stopSession = null;
        control.SetPaused(false);
        if (status.Current.State != EngineRunState.Faulted)
        {
            status.SetState(EngineRunState.Stopped, "Stopped.");
        }
    }
}
