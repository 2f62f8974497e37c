namespace MexcTrader.Tests.Core.Indicators;

/// <summary>
/// Other real series than the reference slices: SOLUSDT 1m across the 2023-03-24 trading halt (flat, zero-volume
/// candles), where zero ranges and zero volumes hit every "divide by zero → 0" rule.
/// </summary>
public sealed class RealSeriesRobustnessTests
{
    private static readonly Lazy<Ohlcv> HaltSeries = new(() =>
        ReferenceData.ReadCandles("data/binance-spot/SOLUSDT-1m.csv.gz", 20_000)
    );

    public static TheoryData<string> Indicators() => [.. IndicatorCases.Batch.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Batch_AcrossTradingHalt_IsFiniteAfterLookbackAndEqualsStreaming(string name)
    {
        var input = HaltSeries.Value;
        Assert.Contains(0.0, input.Volume); // the slice really contains the halt

        var batch = IndicatorCases.Batch[name](input);
        var streamed = StreamingCases.All[name](input);

        for (var c = 0; c < batch.Length; c++)
        {
            Assert.All(batch[c][..streamed.Lookback], v => Assert.True(double.IsNaN(v)));
            Assert.All(batch[c][streamed.Lookback..], v => Assert.True(double.IsFinite(v)));
            Assert.Equal(batch[c], streamed.Values[c]);
        }
    }

    [Fact]
    public void Patterns_AcrossTradingHalt_EqualStreamingAndFindDojisOnFlatCandles()
    {
        var input = HaltSeries.Value;

        var doji = PatternCases.Batch["CDLDOJI"](input);

        var flat = Enumerable
            .Range(20, input.Count - 20)
            .First(i => input.High[i] == input.Low[i] && input.Volume[i] == 0);
        Assert.Equal(100, doji[flat]); // body 0 ≤ 0.1 × any average range
        foreach (var (name, create) in PatternCases.Streaming)
        {
            var batch = PatternCases.Batch[name](input);
            var sut = create();
            var streamed = Enumerable
                .Range(0, input.Count)
                .Select(i => sut.Update(input.Open[i], input.High[i], input.Low[i], input.Close[i]))
                .ToArray();
            Assert.Equal(batch, streamed);
        }
    }
}
