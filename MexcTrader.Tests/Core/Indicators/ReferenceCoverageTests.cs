namespace MexcTrader.Tests.Core.Indicators;

public sealed class ReferenceCoverageTests
{
    [Fact]
    public void ReferenceFolders_EveryFile_HasACase()
    {
        var files = ReferenceData
            .Names(ReferenceData.Hourly)
            .Concat(ReferenceData.Names(ReferenceData.Minute))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var missing = files
            .Where(n => !IndicatorCases.Batch.ContainsKey(n) && !PatternCases.Batch.ContainsKey(n))
            .ToList();

        Assert.Equal(36, files.Count);
        Assert.Empty(missing);
    }
}
