namespace MexcTrader.Tests.Core.Indicators;

/// <summary>Streaming and batch forms must give bit-identical values on the full reference input.</summary>
public sealed class StreamingBatchIdentityTests
{
    public static TheoryData<string> Indicators() => [.. IndicatorCases.Batch.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> Patterns()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in PatternCases.Batch.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(ReferenceData.Hourly, name);
            data.Add(ReferenceData.Minute, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Update_OverReferenceInput_EqualsBatchBitForBit(string name)
    {
        var input = ReferenceData.Input(ReferenceData.Hourly);
        var batch = IndicatorCases.Batch[name](input);

        var streamed = StreamingCases.All[name](input);

        Assert.Equal(batch.Length, streamed.Values.Length);
        for (var c = 0; c < batch.Length; c++)
        {
            for (var row = 0; row < input.Count; row++)
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(batch[c][row])
                        == BitConverter.DoubleToInt64Bits(streamed.Values[c][row]),
                    $"{name} column {c} row {row}: batch {batch[c][row]:R}, streaming {streamed.Values[c][row]:R}"
                );
            }
        }
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void IsReady_OverReferenceInput_TurnsTrueExactlyAtLookback(string name)
    {
        var input = ReferenceData.Input(ReferenceData.Hourly);

        var streamed = StreamingCases.All[name](input);

        var firstReady = Array.IndexOf(streamed.Ready, true);
        var firstValue = Array.FindIndex(streamed.Values[0], v => !double.IsNaN(v));
        Assert.Equal(streamed.Lookback, firstReady);
        Assert.Equal(streamed.Lookback, firstValue);
        Assert.All(streamed.Ready.Skip(firstReady), Assert.True);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void PatternUpdate_OverReferenceInput_EqualsBatch(string folder, string name)
    {
        var input = ReferenceData.Input(folder);
        var batch = PatternCases.Batch[name](input);
        var sut = PatternCases.Streaming[name]();

        var streamed = new int[input.Count];
        var ready = new bool[input.Count];
        for (var i = 0; i < input.Count; i++)
        {
            streamed[i] = sut.Update(input.Open[i], input.High[i], input.Low[i], input.Close[i]);
            ready[i] = sut.IsReady;
        }

        Assert.Equal(batch, streamed);
        Assert.Equal(sut.Lookback, Array.IndexOf(ready, true));
    }
}
