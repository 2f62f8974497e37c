using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
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

    [Inject]
    private CandleReader Reader { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

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
        var wanted = Resolve();
        // the picker already loaded what the new address names; only a different series needs a read
        if (wanted is not null && wanted != _selected)
        {
            _selected = wanted;
            _endDate = null;
            await LoadAsync(Window.Newest);
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
        await LoadAsync(Window.Newest);
        // keep the address shareable; OnParametersSetAsync sees the same series and reads nothing
        Navigation.NavigateTo(PairLinks.For(next.Symbol, next.Interval), replace: true);
    }

    private async Task OnWindowSizeChangedAsync(int size)
    {
        _windowSize = size;
        await LoadAsync(
            _candles.Count > 0 ? Window.EndingBefore(_candles[^1].OpenTime.AddMilliseconds(1)) : Window.Newest
        );
    }

    private Task OlderAsync() => LoadAsync(Window.EndingBefore(_candles[0].OpenTime));

    private Task NewerAsync() => LoadAsync(Window.StartingAt(_candles[^1].OpenTime.AddMilliseconds(1)));

    private Task NewestAsync()
    {
        _endDate = null;
        return LoadAsync(Window.Newest);
    }

    private Task OnEndDateChangedAsync(DateTime? date)
    {
        _endDate = date;
        return date is null
            ? LoadAsync(Window.Newest)
            : LoadAsync(Window.EndingBefore(new DateTimeOffset(date.Value.Date.AddDays(1), TimeSpan.Zero)));
    }

    private async Task LoadAsync(Window window)
    {
        if (_selected is not { } series)
        {
            return;
        }
        _loading = true;
        try
        {
            // 1 ms past the newest open time: SQLite stores milliseconds, so a smaller step would exclude it
            var end = series.Last.AddMilliseconds(1);
            var candles = window.Kind switch
            {
                WindowKind.StartingAt => await Reader.ReadAsync(
                    new CandleRange(series.Symbol, series.Interval, window.Time, end),
                    _windowSize,
                    Leaving
                ),
                WindowKind.EndingBefore => await Reader.ReadLatestAsync(
                    series.Symbol,
                    series.Interval,
                    window.Time < end ? window.Time : end,
                    _windowSize,
                    Leaving
                ),
                _ => await Reader.ReadLatestAsync(series.Symbol, series.Interval, end, _windowSize, Leaving),
            };
            // a short window at either end of the history is topped up to a full one from that end
            if (candles.Count < _windowSize && series.Count > candles.Count)
            {
                candles =
                    window.Kind == WindowKind.StartingAt
                        ? await Reader.ReadLatestAsync(series.Symbol, series.Interval, end, _windowSize, Leaving)
                        : await Reader.ReadAsync(
                            new CandleRange(series.Symbol, series.Interval, series.First, end),
                            _windowSize,
                            Leaving
                        );
            }
            _candles = candles;
        }
        finally
        {
            _loading = false;
        }
    }

    private enum WindowKind
    {
        Newest,
        EndingBefore,
        StartingAt,
    }

    /// <summary>Where the shown window sits in the series.</summary>
    private readonly record struct Window(WindowKind Kind, DateTimeOffset Time)
    {
        public static Window Newest => new(WindowKind.Newest, default);

        public static Window EndingBefore(DateTimeOffset time) => new(WindowKind.EndingBefore, time);

        public static Window StartingAt(DateTimeOffset time) => new(WindowKind.StartingAt, time);
    }
}
