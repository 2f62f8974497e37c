using MexcTrader.Web.Engine;

namespace MexcTrader.Web.Components.Pages.Overview;

/// <summary>
/// Keeps a page's copy of the engine view fresh: every status change schedules one re-render, at most one per
/// <see cref="Period"/>, so a fast demo replay does not flood the circuit.
/// </summary>
public sealed class EngineViewSubscription : IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);
    private readonly EngineStatus _status;
    private readonly TimeProvider _clock;
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<Task> _render;
    private readonly IDisposable _subscription;
    private int _scheduled;
    private bool _disposed;

    /// <param name="invoke">The component's InvokeAsync (renders on its dispatcher).</param>
    /// <param name="render">Re-renders the component (StateHasChanged).</param>
    public EngineViewSubscription(
        EngineStatus status,
        TimeProvider clock,
        Func<Func<Task>, Task> invoke,
        Func<Task> render
    )
    {
        _status = status;
        _clock = clock;
        _invoke = invoke;
        _render = render;
        View = status.Current;
        _subscription = status.Subscribe(OnChangedAsync);
    }

    public EngineView View { get; private set; }

    private async Task OnChangedAsync()
    {
        if (Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }
        await Task.Delay(Period, _clock).ConfigureAwait(false);
        Volatile.Write(ref _scheduled, 0);
        if (_disposed)
        {
            return;
        }
        await _invoke(() =>
            {
                View = _status.Current;
                return _render();
            })
            .ConfigureAwait(false);
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
    }
}
