using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Web.Components.Layout;
using MexcTrader.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using DomainSymbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Components.Pages.Pair;

/// <summary>One pair's stored candles, a window at a time: never the whole table.</summary>
public partial class PairPage
{
    public const int DefaultWindowSize = 500;

    public static IReadOnlyList<int> WindowSizes { get; } = [200, 500, 1000, 2000];

    private IReadOnlyList<CandleSeriesInfo>? _series;
    private CandleSeriesInfo? _selected;
    private IReadOnlyList<Candle> _candles = [];
    private int _windowSize = DefaultWindowSize;
    private DateTime? _endDate;
    private string? _notice;
    private bool _loading;
    private string? _specText;
    private string? _drawnSpec;
    private PairInsights _insights = PairInsights.Empty;

    [Inject]
    private CandleReader Reader { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AgentSettingsService AgentSettings { get; set; } = default!;

    [Inject]
    private SignalStore Signals { get; set; } = default!;

    [Inject]
    private SignalAgentCatalog Agents { get; set; } = default!;

    /// <summary>The pair from the address, e.g. BTCUSDT; the first stored pair when empty.</summary>
    [Parameter]
    public string? Symbol { get; set; }

    [SupplyParameterFromQuery(Name = "interval")]
    public string? IntervalCode { get; set; }

    [CascadingParameter(Name = CascadingNames.IsDarkMode)]
    public bool IsDarkMode { get; set; }

    private IEnumerable<string> Symbols => (_series ?? []).Select(s => s.Symbol.Value).Distinct();

    private IEnumerable<Interval> IntervalsOfSelected =>
        (_series ?? []).Where(s => s.Symbol == _selected?.Symbol).Select(s => s.Interval);

    private bool CanGoOlder => _selected is not null && _candles.Count > 0 && _candles[0].OpenTime > _selected.First;

    private bool CanGoNewer => _selected is not null && _candles.Count > 0 && _candles[^1].OpenTime < _selected.Last;

    protected override async Task OnParametersSetAsync()
    {
        _series ??= await Reader.ListSeriesAsync(Leaving);
        if (
            _selected is not null
            && Navigation.ToBaseRelativePath(Navigation.Uri) == PairLinks.For(_selected.Symbol, _selected.Interval)
        )
        {
            // the picker navigated here after loading this very series
            return;
        }
        var wanted = Resolve();
        if (wanted is not null && wanted != _selected)
        {
            _selected = wanted;
            _endDate = null;
            await LoadAsync(CandleWindow.Newest);
        }
    }

    private CandleSeriesInfo? Resolve()
    {
        _notice = null;
        if (_series is not { Count: > 0 })
        {
            return null;
        }
        var ofSymbol = _series.Where(s => DomainSymbol.TryParse(Symbol, out var wanted) && s.Symbol == wanted).ToList();
        if (!string.IsNullOrWhiteSpace(Symbol) && ofSymbol.Count == 0)
        {
            _notice = $"The store holds no candles for '{Symbol}'. Showing {_series[0].Symbol} instead.";
        }
        if (ofSymbol.Count == 0)
        {
            ofSymbol = [.. _series.Where(s => s.Symbol == _series[0].Symbol)];
        }
        if (
            Intervals.TryParse(IntervalCode, out var interval)
            && ofSymbol.Find(s => s.Interval == interval) is { } exact
        )
        {
            return exact;
        }
        if (!string.IsNullOrWhiteSpace(IntervalCode))
        {
            _notice ??= $"No '{IntervalCode}' candles for {ofSymbol[0].Symbol}; pick an interval it has.";
        }
        return ofSymbol.Find(s => s.Interval == Interval.OneHour) ?? ofSymbol[0];
    }

    private async Task OnPairChangedAsync(string symbol)
    {
        var candidates = (_series ?? []).Where(s => s.Symbol.Value == symbol).ToList();
        var next = candidates.Find(s => s.Interval == _selected?.Interval) ?? candidates.FirstOrDefault();
        await SelectAsync(next);
    }

    private Task OnIntervalChangedAsync(Interval interval) =>
        SelectAsync((_series ?? []).FirstOrDefault(s => s.Symbol == _selected?.Symbol && s.Interval == interval));

    private async Task SelectAsync(CandleSeriesInfo? next)
    {
        if (next is null || next == _selected)
        {
            return;
        }
        _selected = next;
        _notice = null;
        _endDate = null;
        await LoadAsync(CandleWindow.Newest);
        // keep the address shareable; OnParametersSetAsync sees the same series and reads nothing
        Navigation.NavigateTo(PairLinks.For(next.Symbol, next.Interval), replace: true);
    }

    private async Task OnWindowSizeChangedAsync(int size)
    {
        _windowSize = size;
        await LoadAsync(
            _candles.Count > 0
                ? CandleWindow.EndingBefore(_candles[^1].OpenTime.AddMilliseconds(1))
                : CandleWindow.Newest
        );
    }

    private Task OlderAsync() => LoadAsync(CandleWindow.EndingBefore(_candles[0].OpenTime));

    private Task NewerAsync() => LoadAsync(CandleWindow.StartingAt(_candles[^1].OpenTime.AddMilliseconds(1)));

    private Task NewestAsync()
    {
        _endDate = null;
        return LoadAsync(CandleWindow.Newest);
    }

    private Task OnEndDateChangedAsync(DateTime? date)
    {
        _endDate = date;
        return date is null
            ? LoadAsync(CandleWindow.Newest)
            : LoadAsync(CandleWindow.EndingBefore(new DateTimeOffset(date.Value.Date.AddDays(1), TimeSpan.Zero)));
    }

    private async Task LoadAsync(CandleWindow window)
    {
        if (_selected is not { } series)
        {
            return;
        }
        _loading = true;
        try
        {
            _candles = await Reader.ReadWindowAsync(series, window, _windowSize, Leaving);
            _insights = await PairInsights.LoadAsync(
                series.Symbol,
                _candles,
                _drawnSpec,
                AgentSettings,
                Signals,
                Agents,
                Leaving
            );
        }
        finally
        {
            _loading = false;
        }
    }

    private Task OnSpecKeyAsync(Microsoft.AspNetCore.Components.Web.KeyboardEventArgs e) =>
        e.Key == "Enter" ? ApplySpecAsync() : Task.CompletedTask;

    private Task ApplySpecAsync()
    {
        _drawnSpec = _specText;
        var drawn = PairInsights.Indicate(_drawnSpec, _candles);
        _insights = _insights with { Indicators = drawn.Indicators, SpecError = drawn.Error };
        return Task.CompletedTask;
    }
}
