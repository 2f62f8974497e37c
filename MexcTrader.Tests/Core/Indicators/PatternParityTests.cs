namespace MexcTrader.Tests.Core.Indicators;

/// <summary>Every candlestick reference file in both folders, every row, exact integers.</summary>
public sealed class PatternParityTests
{
    public static TheoryData<string, string> PatternFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { ReferenceData.Hourly, ReferenceData.Minute })
        {
            foreach (var name in ReferenceData.Names(folder).Where(n => n.StartsWith("CDL", StringComparison.Ordinal)))
            {
                data.Add(folder, name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PatternFiles))]
    public void Batch_OnReferenceInput_MatchesTaLibExactly(string folder, string name)
    {
        Assert.True(PatternCases.Batch.TryGetValue(name, out var compute), $"No case reproduces {name}.csv");
        var expected = ReferenceData.Read(folder, name).Values[0];
        var lookback = PatternCases.Streaming[name]().Lookback;

        var actual = compute(ReferenceData.Input(folder));

        Assert.Equal(expected.Length, actual.Length);
        var mismatches = new List<string>();
        for (var row = 0; row < expected.Length; row++)
        {
            var inLookback = row < lookback;
            if (inLookback != double.IsNaN(expected[row]))
            {
                mismatches.Add($"row {row}: lookback {lookback} disagrees with the reference's empty cells");
            }
            else if (!inLookback && actual[row] != (int)expected[row])
            {
                mismatches.Add($"row {row}: expected {expected[row]}, got {actual[row]}");
            }
            else if (inLookback && actual[row] != 0)
            {
                mismatches.Add($"row {row}: inside the lookback, got {actual[row]}");
            }
        }
        Assert.True(
            mismatches.Count == 0,
            $"{folder}/{name}: {mismatches.Count} rows differ: {string.Join("; ", mismatches.Take(5))}"
        );
    }

    [Theory]
    [MemberData(nameof(PatternFiles))]
    public void Batch_OnReferenceInput_FindsThePatternCountsTheReferenceReports(string folder, string name)
    {
        var expected = ReferenceData.Read(folder, name).Values[0];

        var actual = PatternCases.Batch[name](ReferenceData.Input(folder));

        // Guards against a vacuous pass: the hits (by sign and strength) must be the reference's hits.
        var expectedHits = expected
            .Where(v => !double.IsNaN(v) && v != 0)
            .GroupBy(v => (int)v)
            .ToDictionary(g => g.Key, g => g.Count());
        var actualHits = actual.Where(v => v != 0).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedHits.OrderBy(p => p.Key), actualHits.OrderBy(p => p.Key));
    }
}
