using MexcTrader.Core.Decisions.Journal;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using DomainSymbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Components.Pages.Decisions;

/// <summary>The reasoning timeline: recorded cycles newest first, filtered by pair and engine, updated live.</summary>
public partial class DecisionsPage
{
    private const string AnyEngine = "";
    private const int PageSize = 10;
    private string? _pair;
    private string _engine = AnyEngine;
    private int _pageNumber;
    private JournalPage? _page;
    private string? _error;
    private IDisposable? _subscription;

    [Inject]
    private IDecisionJournalReader Journal { get; set; } = default!;

    [Inject]
    private JournalNotifications Notifications { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_pair) || _engine != AnyEngine;

    private int PageCount => _page is null ? 0 : (_page.Total + PageSize - 1) / PageSize;

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifications.Subscribe(_ => InvokeAsync(OnRecordedAsync));
        await LoadAsync();
    }

    private static string? ValidatePair(string? text) =>
        string.IsNullOrWhiteSpace(text) || DomainSymbol.TryParse(text, out _)
            ? null
            : $"'{text.Trim()}' is not a pair: use letters and digits, such as BTCUSDT.";

    private async Task OnPairChangedAsync(string? text)
    {
        _pair = text;
        if (ValidatePair(text) is null)
        {
            _pageNumber = 0;
            await LoadAsync();
        }
    }

    private async Task OnEngineChangedAsync(string engine)
    {
        _engine = engine;
        _pageNumber = 0;
        await LoadAsync();
    }

    private async Task OnPageChangedAsync(int selected)
    {
        _pageNumber = selected - 1;
        await LoadAsync();
    }

    private async Task OnRecordedAsync()
    {
        if (Leaving.IsCancellationRequested)
        {
            return;
        }
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        try
        {
            var symbol = DomainSymbol.TryParse(_pair, out var parsed) ? parsed.Value.Value : null;
            var engine = _engine == AnyEngine ? null : _engine;
            _page = await Journal.QueryAsync(
                new JournalQuery(symbol, engine, Page: _pageNumber, PageSize: PageSize),
                Leaving
            );
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = $"The journal could not be read: {ex.Message}";
        }
    }

    private async Task ShowCallAsync(long callId) =>
        await Dialogs.ShowAsync<LlmCallDialog>(
            "LLM call",
            new DialogParameters<LlmCallDialog> { { d => d.CallId, callId } },
            new DialogOptions
            {
                MaxWidth = MaxWidth.Large,
                FullWidth = true,
                CloseButton = true,
            }
        );

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _subscription?.Dispose();
        }
        base.Dispose(disposing);
    }
}
