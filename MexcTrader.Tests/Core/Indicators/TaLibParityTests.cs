namespace MexcTrader.Tests.Core.Indicators;

/// <summary>Every TA-Lib reference file, every row: our batch output against the C library's.</summary>
public sealed class TaLibParityTests
{
    private const double RelativeTolerance = 1e-9;

    public static TheoryData<string> IndicatorFiles()
    {
        var data = new TheoryData<string>();
        foreach (
            var name in ReferenceData
                .Names(ReferenceData.Hourly)
                .Where(n => !n.StartsWith("CDL", StringComparison.Ordinal))
        )
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(IndicatorFiles))]
    public void Batch_OnReferenceInput_MatchesTaLibOnEveryRow(string name)
    {
        Assert.True(IndicatorCases.Batch.TryGetValue(name, out var compute), $"No case reproduces {name}.csv");
        var expected = ReferenceData.Read(ReferenceData.Hourly, name);
        var input = ReferenceData.Input(ReferenceData.Hourly);

        var actual = compute(input);

        Assert.Equal(expected.Columns.Count, actual.Length);
        for (var c = 0; c < actual.Length; c++)
        {
            AssertColumn(name, expected.Columns[c], expected.Values[c], actual[c]);
        }
    }

    [Theory]
    [MemberData(nameof(IndicatorFiles))]
    public void Batch_OnReferenceInput_IsBitIdenticalToTaLib(string name)
    {
        // Stronger than the tolerance: we perform TA-Lib's operations in TA-Lib's order, so a change of summation
        // order (which would still pass the tolerance on this slice but drift elsewhere) shows up here.
        var expected = ReferenceData.Read(ReferenceData.Hourly, name);

        var actual = IndicatorCases.Batch[name](ReferenceData.Input(ReferenceData.Hourly));

        for (var c = 0; c < actual.Length; c++)
        {
            var firstDifference = Enumerable
                .Range(0, actual[c].Length)
                .FirstOrDefault(row => !expected.Values[c][row].Equals(actual[c][row]), -1);
            Assert.True(
                firstDifference < 0,
                $"{name}.{expected.Columns[c]} differs from TA-Lib's bits first at row {firstDifference}"
            );
        }
    }

    internal static void AssertColumn(string name, string column, double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var failures = new List<string>();
        for (var row = 0; row < expected.Length; row++)
        {
            var want = expected[row];
            var got = actual[row];
            var ok = double.IsNaN(want)
                ? double.IsNaN(got)
                : !double.IsNaN(got) && Math.Abs(got - want) <= RelativeTolerance * Math.Max(1.0, Math.Abs(want));
            if (!ok && failures.Count < 5)
            {
                failures.Add($"row {row}: expected {want:R}, got {got:R}");
            }
            else if (!ok)
            {
                failures.Add("…");
                break;
            }
        }
        Assert.True(failures.Count == 0, $"{name}.{column}: {string.Join("; ", failures)}");
    }
}
