using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Download;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MexcTrader.Web.Components.Pages.Pairs;

public partial class HistoryDownloadPanel
{
    private MudForm? _form;
    private IReadOnlyCollection<Symbol> _symbols = [];
    private Interval _interval = Interval.OneHour;
    private DateTime? _from;
    private DateTime? _to;
    private string? _jobId;
    private IDisposable? _subscription;

    [Inject]
    private DownloadJobLauncher Launcher { get; set; } = default!;

    [Inject]
    private DownloadJobTracker Tracker { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<TradingPair> Pairs { get; set; } = [];

    protected override void OnInitialized() =>
        _subscription = Tracker.Subscribe(() =>
            Leaving.IsCancellationRequested ? Task.CompletedTask : InvokeAsync(StateHasChanged)
        );

    private string? ValidateRange(DateTime? to) =>
        _from is { } from && to is { } end ? DownloadRequestRules.CheckRange(_interval, Utc(from), Utc(end)) : null;

    private async Task StartAsync()
    {
        if (_form is null)
        {
            return;
        }
        await _form.ValidateAsync();
        if (!_form.IsValid || _from is not { } from || _to is not { } to || _symbols.Count == 0)
        {
            return;
        }
        _jobId = Launcher.Enqueue(new DownloadRequest([.. _symbols], _interval, Utc(from), Utc(to)));
    }

    private static DateTimeOffset Utc(DateTime day) => new(day.Date, TimeSpan.Zero);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _subscription?.Dispose();
        }
        base.Dispose(disposing);
    }
}
