using MexcTrader.Core.Domain;
using MexcTrader.Core.Indicators;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;

namespace MexcTrader.Tests.Core.Signals.Agents.Technical;

public sealed class TechnicalAnalysisAgentTests
{
    private static readonly TechnicalParameters Defaults = new();

    [Theory]
    [InlineData("2020-12-01", "2021-01-08", 1)] // BTC 19.6k → 38.8k
    [InlineData("2022-05-01", "2022-06-18", -1)] // BTC 37.7k → 20.6k
    public void Evaluate_OverStrongRealTrend_ScoresInItsDirection(string from, string to, int direction)
    {
        var bars = RealBars.BtcUsdtHourly;
        var start = RealBars.IndexAt(bars, DateTimeOffset.Parse(from + "T00:00Z", null));
        var end = RealBars.IndexAt(bars, DateTimeOffset.Parse(to + "T00:00Z", null));
        var scores = new List<double>();

        Run(
            bars[(start - 500)..end],
            (i, agent, _) =>
            {
                if (i >= 500)
                {
                    scores.Add(agent.LastScore.Total);
                }
            }
        );

        var mean = scores.Average();
        var agreeing = scores.Count(s => Math.Sign(s) == direction) / (double)scores.Count;
        Assert.True(direction * mean > 0.1, $"mean score {mean}");
        Assert.True(agreeing > 0.6, $"{agreeing:P0} of candles scored in the trend's direction");
    }

    [Fact]
    public void Evaluate_OnRealHourlyCandles_ReportsMaCrossoversWhereIndependentEmasCross()
    {
        var bars = RealBars.BtcUsdtHourly[..5_000];
        var fast = PlainEma(bars, Defaults.FastMaPeriod);
        var slow = PlainEma(bars, Defaults.SlowMaPeriod);
        var expected = new List<(int, int)>();
        var side = 0;
        for (var i = Defaults.SlowMaPeriod - 1; i < bars.Length; i++)
        {
            var now = Math.Sign(fast[i] - slow[i]);
            if (now != 0 && side != 0 && now != side)
            {
                expected.Add((i, now));
            }
            side = now == 0 ? side : now;
        }
        var actual = new List<(int, int)>();

        Run(
            bars,
            (i, agent, _) =>
            {
                if (agent.Features.Events.MaCrossover != 0)
                {
                    actual.Add((i, agent.Features.Events.MaCrossover));
                }
            }
        );

        Assert.True(expected.Count > 50, $"only {expected.Count} crossovers");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_OnRealHourlyCandles_ReportsSarFlipsWhereTheSarChangesSide()
    {
        var bars = RealBars.BtcUsdtHourly[..5_000];
        var sar = new double[bars.Length];
        ParabolicSar.Batch([.. bars.Select(b => b.High)], [.. bars.Select(b => b.Low)], sar);
        var expected = new List<(int, int)>();
        for (var i = 2; i < bars.Length; i++)
        {
            // Long: the SAR sits at or below the low; short: at or above the high.
            var below = sar[i] <= (bars[i].High + bars[i].Low) / 2;
            if (below != sar[i - 1] <= (bars[i - 1].High + bars[i - 1].Low) / 2)
            {
                expected.Add((i, below ? 1 : -1));
            }
        }
        var actual = new List<(int, int)>();

        Run(
            bars,
            (i, agent, _) =>
            {
                if (agent.Features.Events.SarFlip != 0)
                {
                    actual.Add((i, agent.Features.Events.SarFlip));
                }
            }
        );

        Assert.True(expected.Count > 100);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_OnRealHourlyCandles_ReportsRsiDivergencesAtIndependentlyFoundSwings()
    {
        var bars = RealBars.BtcUsdtHourly[..5_000];
        var rsi = new double[bars.Length];
        Rsi.Batch([.. bars.Select(b => b.Close)], rsi, Defaults.RsiPeriod);
        var expected = ExpectedDivergences(bars, rsi, Defaults.PivotSpan, Defaults.DivergenceMaxBars);
        var actual = new List<(int, int)>();

        Run(
            bars,
            (i, agent, _) =>
            {
                if (agent.Features.Events.RsiDivergence != 0)
                {
                    actual.Add((i, agent.Features.Events.RsiDivergence));
                }
            }
        );

        Assert.Contains(expected, e => e.Item2 > 0);
        Assert.Contains(expected, e => e.Item2 < 0);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_WhenSignalEmitted_IsValidAndNamesItsEventsInRationaleAndFeatures()
    {
        var bars = RealBars.BtcUsdtHourly[..5_000];
        var signals = new List<(Signal Signal, TechnicalEvents Events)>();

        Run(
            bars,
            (_, agent, signal) =>
            {
                if (signal is not null)
                {
                    signals.Add((signal, agent.Features.Events));
                }
            }
        );

        Assert.InRange(signals.Count, 100, bars.Length / 2);
        Assert.All(signals, s => Assert.True(SignalSchema.Validate(s.Signal).IsSuccess));
        var crossover = signals.First(s => s.Events.MaCrossover != 0);
        Assert.Contains("MA crossover", crossover.Signal.Rationale, StringComparison.Ordinal);
        Assert.Equal(crossover.Events.MaCrossover, crossover.Signal.Features["event.MaCrossover"]);
        Assert.Equal(TimeSpan.FromHours(Defaults.HorizonCandles), crossover.Signal.Horizon);
    }

    [Fact]
    public void Factory_WhenSettingInvalid_FailsAndWhenValid_UsesThem()
    {
        var state = new PairState(new Symbol("BTCUSDT"), Interval.OneHour);
        var sut = new TechnicalAnalysisAgentFactory();

        var bad = sut.Create(state, new Dictionary<string, string> { ["RsiPeriod"] = "0" });
        var good = sut.Create(state, new Dictionary<string, string> { ["RsiPeriod"] = "7" });

        Assert.False(bad.IsSuccess);
        Assert.Equal(7, ((TechnicalParameters)good.Value.Parameters).RsiPeriod);
    }

    private static void Run(Bar[] bars, Action<int, TechnicalAnalysisAgent, Signal?> observe)
    {
        var state = new PairState(new Symbol("BTCUSDT"), Interval.OneHour);
        var agent = new TechnicalAnalysisAgent(state, Defaults);
        for (var i = 0; i < bars.Length; i++)
        {
            state.Add(bars[i]);
            observe(i, agent, agent.Evaluate(state));
        }
    }

    // EMA as TA-Lib defines it: SMA seed, then (x − ema)·k + ema.
    private static double[] PlainEma(Bar[] bars, int period)
    {
        var ema = new double[bars.Length];
        var k = 2.0 / (period + 1);
        var sum = 0.0;
        for (var i = 0; i < bars.Length; i++)
        {
            if (i < period)
            {
                sum += bars[i].Close;
                ema[i] = i == period - 1 ? sum / period : double.NaN;
            }
            else
            {
                ema[i] = (bars[i].Close - ema[i - 1]) * k + ema[i - 1];
            }
        }
        return ema;
    }

    // A swing is a strict extreme over span bars each side, known span bars later; compare with the previous swing.
    private static List<(int, int)> ExpectedDivergences(Bar[] bars, double[] oscillator, int span, int maxBars)
    {
        var found = new List<(int, int)>();
        (int At, double Price, double Osc)? lastHigh = null,
            lastLow = null;
        for (var c = span; c + span < bars.Length; c++)
        {
            if (double.IsNaN(oscillator[c - span]))
            {
                continue;
            }
            var window = Enumerable.Range(c - span, 2 * span + 1).Where(j => j != c).ToArray();
            var detectedAt = c + span;
            int? divergence = null;
            if (window.All(j => bars[c].High > bars[j].High))
            {
                if (lastHigh is { } h && c - h.At <= maxBars && bars[c].High > h.Price && oscillator[c] < h.Osc)
                {
                    divergence = -1;
                }
                lastHigh = (c, bars[c].High, oscillator[c]);
            }
            if (window.All(j => bars[c].Low < bars[j].Low))
            {
                if (lastLow is { } l && c - l.At <= maxBars && bars[c].Low < l.Price && oscillator[c] > l.Osc)
                {
                    divergence = 1;
                }
                lastLow = (c, bars[c].Low, oscillator[c]);
            }
            if (divergence is { } d)
            {
                found.Add((detectedAt, d));
            }
        }
        return found;
    }
}
