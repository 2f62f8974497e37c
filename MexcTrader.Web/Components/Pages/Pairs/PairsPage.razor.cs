using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.Tradable;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MexcTrader.Web.Components.Pages.Pairs;

/// <summary>Follow, pause and drop pairs, set each agent per pair, download history; lists what the store holds.</summary>
public partial class PairsPage
{
    private MudForm? _form;
    private string? _symbolText;
    private IReadOnlyCollection<Interval> _intervals = [Interval.OneHour];
    private bool _enabled = true;
    private bool _busy;
    private bool _clearValidation;
    private string? _addError;
    private string? _rowError;
    private Symbol? _agentsFor;
    private IReadOnlyList<TradingPair>? _pairs;
    private IReadOnlyList<CandleSeriesInfo>? _series;

    [Inject]
    private TradingPairService Service { get; set; } = default!;

    [Inject]
    private ITradableSymbols Tradable { get; set; } = default!;

    [Inject]
    private CandleReader Reader { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _pairs = await Service.ListAsync(Leaving);
        _series = await Reader.ListSeriesAsync(Leaving);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // once the emptied field has rendered, it is ready for the next pair rather than showing "required"
        if (_clearValidation && _form is not null)
        {
            _clearValidation = false;
            await _form.ResetValidationAsync();
            StateHasChanged();
        }
    }

    private async Task AddAsync()
    {
        _addError = null;
        if (_form is null)
        {
            return;
        }
        await _form.ValidateAsync();
        if (!_form.IsValid || !Symbol.TryParse(_symbolText, out var symbol))
        {
            return;
        }
        _busy = true;
        try
        {
            var added = await Service.AddAsync(new TradingPairDraft(symbol.Value, _enabled, _intervals), Leaving);
            if (!added.IsSuccess)
            {
                // the form keeps what was typed, so the trader can correct it
                _addError = added.Failure.Message;
                return;
            }
            _symbolText = null;
            _clearValidation = true;
            _pairs = await Service.ListAsync(Leaving);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task SetEnabledAsync(Symbol symbol, bool enabled) =>
        ChangeAsync(() => Service.UpdateAsync(symbol, enabled, null, Leaving));

    private async Task RemoveAsync(Symbol symbol)
    {
        if (_agentsFor == symbol)
        {
            _agentsFor = null;
        }
        await ChangeAsync(() => Service.RemoveAsync(symbol, Leaving));
    }

    private async Task ChangeAsync(Func<Task<Result<TradingPair>>> change)
    {
        _rowError = null;
        _busy = true;
        try
        {
            var changed = await change();
            _rowError = changed.IsSuccess ? null : changed.Failure.Message;
            _pairs = await Service.ListAsync(Leaving);
        }
        finally
        {
            _busy = false;
        }
    }
}
