using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>Streaming equals batch for the indicators TA-Lib has no reference for, on the real 1h input.</summary>
public sealed class ExtraIndicatorIdentityTests
{
    private readonly Ohlcv _input = ReferenceData.Input(ReferenceData.Hourly);

    [Fact]
    public void SuperTrend_StreamingOverReferenceInput_EqualsBatch()
    {
        var value = new double[_input.Count];
        var direction = new double[_input.Count];
        SuperTrend.Batch(_input.High, _input.Low, _input.Close, value, direction);
        var sut = new SuperTrend();

        for (var i = 0; i < _input.Count; i++)
        {
            Assert.Equal(value[i], sut.Update(_input.High[i], _input.Low[i], _input.Close[i]));
            Assert.Equal(direction[i], sut.IsReady ? sut.Direction : double.NaN);
        }
        Assert.Contains(1.0, direction); // both trends occur on real data
        Assert.Contains(-1.0, direction);
    }

    [Fact]
    public void Ichimoku_StreamingOverReferenceInput_EqualsBatchShiftedByDisplacement()
    {
        var n = _input.Count;
        double[] tenkan = new double[n],
            kijun = new double[n],
            a = new double[n],
            b = new double[n],
            chikou = new double[n];
        Ichimoku.Batch(_input.High, _input.Low, _input.Close, tenkan, kijun, a, b, chikou);
        var sut = new Ichimoku();
        var computedA = new double[n];
        var computedB = new double[n];

        for (var i = 0; i < n; i++)
        {
            sut.Update(_input.High[i], _input.Low[i], _input.Close[i]);
            Assert.Equal(tenkan[i], sut.Tenkan);
            Assert.Equal(kijun[i], sut.Kijun);
            computedA[i] = sut.SenkouA;
            computedB[i] = sut.SenkouB;
        }

        Assert.Equal(computedA[..^26], a[26..]);
        Assert.Equal(computedB[..^26], b[26..]);
        Assert.Equal(_input.Close[26..], chikou[..^26]);
        Assert.Equal(51, sut.Lookback);
        Assert.False(double.IsNaN(a[51]));
        Assert.True(double.IsNaN(b[51 + 25]));
        Assert.False(double.IsNaN(b[51 + 26]));
    }

    [Fact]
    public void Vwap_StreamingOverReferenceInput_EqualsBatchWithDailySessions()
    {
        var times = Enumerable.Range(0, _input.Count).Select(i => 1_502_942_400_000L + i * 3_600_000L).ToArray();
        var output = new double[_input.Count];
        Vwap.Batch(times, _input.High, _input.Low, _input.Close, _input.Volume, output, TimeSpan.FromDays(1));
        var sut = new Vwap(TimeSpan.FromDays(1));

        for (var i = 0; i < _input.Count; i++)
        {
            Assert.Equal(
                output[i],
                sut.Update(times[i], _input.High[i], _input.Low[i], _input.Close[i], _input.Volume[i])
            );
        }
    }
}
