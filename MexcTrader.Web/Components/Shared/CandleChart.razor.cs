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

    private IReadOnlyList<Candle>? _drawn;
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

    [Parameter]
    public bool IsDarkMode { get; set; }

    [Parameter]
    public int Height { get; set; } = 560;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_drawn, Candles) && _drawnDark == IsDarkMode)
        {
            return;
        }
        _drawn = Candles;
        _drawnDark = IsDarkMode;
        _revision++;
        _data = BuildTraces(Candles);
        _layout = BuildLayout(IsDarkMode, Height);
    }

    private static List<ITrace> BuildTraces(IReadOnlyList<Candle> candles)
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
        return [candlestick, volume];
    }

    private static Plotly.Blazor.Layout BuildLayout(bool dark, int height)
    {
        var text = dark ? "#e0e0e0" : "#424242";
        var grid = dark ? "rgba(255,255,255,0.12)" : "rgba(0,0,0,0.08)";
        return new Plotly.Blazor.Layout
        {
            Height = height,
            Margin = new Margin
            {
                L = 64,
                R = 16,
                T = 16,
                B = 40,
            },
            ShowLegend = false,
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
                    // one x axis for both panes, drawn under the volume pane
                    Anchor = "y2",
                    RangeSlider = new Plotly.Blazor.LayoutLib.XAxisLib.RangeSlider { Visible = false },
                    GridColor = grid,
                },
            ],
            YAxis =
            [
                new YAxis
                {
                    Domain = [0.27, 1.0],
                    GridColor = grid,
                    Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "Price" },
                },
                new YAxis
                {
                    Domain = [0.0, 0.22],
                    GridColor = grid,
                    Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "Volume" },
                },
            ],
        };
    }
}
