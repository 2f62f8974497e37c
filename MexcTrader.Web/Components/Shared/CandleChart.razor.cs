using System.Globalization;
using MexcTrader.Core.MarketData;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace MexcTrader.Web.Components.Shared;

public partial class CandleChart
{
    private const string Up = "#26a69a";
    private const string Down = "#ef5350";

    // one colour per overlay or pane line, in order; Plotly's defaults would repeat the candles' green and red
    private static readonly string[] LineColours =
    [
        "#ffa726",
        "#42a5f5",
        "#ab47bc",
        "#8d6e63",
        "#26c6da",
        "#d4e157",
        "#ec407a",
        "#78909c",
    ];

    private IReadOnlyList<Candle>? _drawn;
    private ChartIndicators? _drawnIndicators;
    private bool _drawnDark;
    private int _revision;
    private IList<ITrace> _data = [];
    private Plotly.Blazor.Layout _layout = new();
    private readonly Config _config = new()
    {
        Responsive = true,
        DisplayLogo = false,
        ScrollZoom = Plotly.Blazor.ConfigLib.ScrollZoomFlag.Cartesian,
    };

    /// <summary>Oldest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<Candle> Candles { get; set; } = [];

    /// <summary>Indicators over the same candles: overlays on the price, lower panes, pattern marks.</summary>
    [Parameter]
    public ChartIndicators Indicators { get; set; } = ChartIndicators.None;

    [Parameter]
    public bool IsDarkMode { get; set; }

    [Parameter]
    public int Height { get; set; } = 560;

    protected override void OnParametersSet()
    {
        if (
            ReferenceEquals(_drawn, Candles)
            && ReferenceEquals(_drawnIndicators, Indicators)
            && _drawnDark == IsDarkMode
        )
        {
            return;
        }
        _drawn = Candles;
        _drawnIndicators = Indicators;
        _drawnDark = IsDarkMode;
        _revision++;
        _data = BuildTraces(Candles, Indicators);
        _layout = BuildLayout(IsDarkMode, Height, Indicators);
    }

    private static List<ITrace> BuildTraces(IReadOnlyList<Candle> candles, ChartIndicators indicators)
    {
        // Plotly has no time zones: UTC wall-clock text keeps the axis in UTC whatever the browser's zone.
        var x = candles
            .Select(c => (object)c.OpenTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .ToList();
        // decimals stay exact everywhere else; the chart only needs doubles
        var candlestick = new Candlestick
        {
            Name = "Price",
            X = x,
            Open = candles.Select(c => (object)(double)c.Open).ToList(),
            High = candles.Select(c => (object)(double)c.High).ToList(),
            Low = candles.Select(c => (object)(double)c.Low).ToList(),
            Close = candles.Select(c => (object)(double)c.Close).ToList(),
            Increasing = new Plotly.Blazor.Traces.CandlestickLib.Increasing
            {
                Line = new Plotly.Blazor.Traces.CandlestickLib.IncreasingLib.Line { Color = Up },
                FillColor = Up,
            },
            Decreasing = new Plotly.Blazor.Traces.CandlestickLib.Decreasing
            {
                Line = new Plotly.Blazor.Traces.CandlestickLib.DecreasingLib.Line { Color = Down },
                FillColor = Down,
            },
            XAxis = "x",
            YAxis = "y",
        };
        var volume = new Bar
        {
            Name = "Volume",
            X = x,
            Y = candles.Select(c => (object)(double)c.Volume).ToList(),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker
            {
                ColorArray = candles.Select(c => (object)(c.Close >= c.Open ? Up : Down)).ToList(),
                Opacity = 0.6m,
            },
            XAxis = "x",
            YAxis = "y2",
        };
        List<ITrace> traces = [candlestick, volume];
        var colour = 0;
        foreach (var line in indicators.Overlays)
        {
            traces.Add(Line(line, x, "y", LineColours[colour++ % LineColours.Length]));
        }
        for (var pane = 0; pane < indicators.Panes.Count; pane++)
        {
            foreach (var line in indicators.Panes[pane].Lines)
            {
                traces.Add(Line(line, x, PaneAxis(pane), LineColours[colour++ % LineColours.Length]));
            }
        }
        foreach (var group in indicators.Patterns.GroupBy(p => p.Bullish))
        {
            traces.Add(PatternMarks(group.ToList(), candles, x, bullish: group.Key));
        }
        return traces;
    }

    // y3, y4, ...: y is the price, y2 the volume
    private static string PaneAxis(int pane) => "y" + (pane + 3).ToString(CultureInfo.InvariantCulture);

    private static Scatter Line(IndicatorLine line, List<object> x, string axis, string colour) =>
        new()
        {
            Name = line.Name,
            X = x,
            // null, not NaN, is Plotly's "no value here": the line starts where the lookback ends
            Y = line.Values.Select(v => double.IsFinite(v) ? (object)v : null!).ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = colour, Width = 1.5m },
            XAxis = "x",
            YAxis = axis,
        };

    private static Scatter PatternMarks(
        IReadOnlyList<PatternMark> marks,
        IReadOnlyList<Candle> candles,
        List<object> x,
        bool bullish
    ) =>
        new()
        {
            Name = bullish ? "Bullish patterns" : "Bearish patterns",
            X = marks.Select(m => x[m.Index]).ToList(),
            // under the low for bullish patterns, over the high for bearish ones
            Y = marks
                .Select(m =>
                    (object)(bullish ? (double)candles[m.Index].Low * 0.998 : (double)candles[m.Index].High * 1.002)
                )
                .ToList(),
            TextArray = marks.Select(m => m.Pattern).ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
            {
                Symbol = bullish
                    ? Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.TriangleUp
                    : Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.TriangleDown,
                Color = bullish ? Up : Down,
                Size = 10,
            },
            XAxis = "x",
            YAxis = "y",
        };

    private static Plotly.Blazor.Layout BuildLayout(bool dark, int height, ChartIndicators indicators)
    {
        var panes = indicators.Panes;
        var text = dark ? "#e0e0e0" : "#424242";
        var grid = dark ? "rgba(255,255,255,0.12)" : "rgba(0,0,0,0.08)";
        // price on top; volume and each indicator pane below it, each a fixed share of the height
        const double Gap = 0.03;
        var lower = 1 + panes.Count;
        var share = Math.Min(0.2, 0.55 / lower);
        var priceBottom = lower * (share + Gap);
        var yAxes = new List<YAxis>
        {
            new()
            {
                Domain = [priceBottom, 1.0],
                GridColor = grid,
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "Price" },
            },
            new()
            {
                Domain = [Bottom(0), Bottom(0) + share],
                GridColor = grid,
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "Volume" },
            },
        };
        for (var pane = 0; pane < panes.Count; pane++)
        {
            yAxes.Add(
                new YAxis
                {
                    Domain = [Bottom(pane + 1), Bottom(pane + 1) + share],
                    GridColor = grid,
                    Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = panes[pane].Title },
                }
            );
        }
        // the volume pane sits right under the price; indicator panes stack below it
        double Bottom(int index) => (lower - 1 - index) * (share + Gap);
        return new Plotly.Blazor.Layout
        {
            Height = height + 140 * panes.Count,
            Margin = new Margin
            {
                L = 64,
                R = 16,
                T = indicators.IsEmpty ? 16 : 48,
                B = 40,
            },
            // with indicators drawn, the legend says which line is which
            ShowLegend = !indicators.IsEmpty,
            Legend =
            [
                new Legend
                {
                    Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
                    Y = 1.02m,
                    X = 0m,
                    YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
                },
            ],
            PaperBgColor = "rgba(0,0,0,0)",
            PlotBgColor = "rgba(0,0,0,0)",
            Font = new Font { Color = text },
            DragMode = DragModeEnum.Pan,
            HoverMode = HoverModeEnum.X,
            XAxis =
            [
                new XAxis
                {
                    Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date,
                    // one x axis for every pane, drawn under the lowest one
                    Anchor = panes.Count == 0 ? "y2" : PaneAxis(panes.Count - 1),
                    RangeSlider = new Plotly.Blazor.LayoutLib.XAxisLib.RangeSlider { Visible = false },
                    GridColor = grid,
                },
            ],
            YAxis = yAxes,
        };
    }
}
