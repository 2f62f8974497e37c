using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;
using Microsoft.AspNetCore.Components;

namespace MexcTrader.Web.Components.Pages.Signals;

/// <summary>Stored signals with filters and paging, and each agent's accuracy per pair and overall.</summary>
public partial class SignalsPage
{
    private const string AllValue = "";
    public const int PageSize = 25;

    private IReadOnlyList<string> _symbols = [];
    private IReadOnlyList<string> _agents = [];
    private string _pair = AllValue;
    private string _agent = AllValue;
    private DateTime? _from;
    private DateTime? _to;
    private string? _filterError;
    private SignalQuery _query = new(PageSize: PageSize);
    private SignalPage? _page;
    private IReadOnlyList<AgentAccuracy>? _accuracy;

    [Inject]
    private SignalStore Store { get; set; } = default!;

    [Inject]
    private TradingPairService Pairs { get; set; } = default!;

    [Inject]
    private SignalAgentCatalog Catalog { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var followed = await Pairs.ListAsync(Leaving);
        _symbols = [.. followed.Select(p => p.Symbol.Value)];
        _agents = [.. Catalog.Ids.Union(await Store.AgentIdsAsync(Leaving)).Order(StringComparer.Ordinal)];
        await LoadAsync();
    }

    private async Task ApplyAsync()
    {
        _filterError = null;
        // the "to" day is inclusive on the form, so the range ends at the next midnight
        DateTimeOffset? from = _from is { } f ? new DateTimeOffset(f.Date, TimeSpan.Zero) : null;
        DateTimeOffset? to = _to is { } t ? new DateTimeOffset(t.Date.AddDays(1), TimeSpan.Zero) : null;
        if (from >= to)
        {
            _filterError = "'To' must be on or after 'From'.";
            return;
        }
        _query = new SignalQuery(
            _pair == AllValue ? null : new Symbol(_pair),
            _agent == AllValue ? null : _agent,
            from,
            to,
            1,
            PageSize
        );
        await LoadAsync();
    }

    private async Task GoToAsync(int page)
    {
        _query = _query with { Page = page };
        _page = await Store.QueryAsync(_query, Leaving);
    }

    private async Task LoadAsync()
    {
        _page = await Store.QueryAsync(_query, Leaving);
        _accuracy = await Store.AccuracyAsync(_query.Symbol, _query.AgentId, Leaving);
    }
}
