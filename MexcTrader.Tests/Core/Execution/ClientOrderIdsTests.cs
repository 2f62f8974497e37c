using System.Text.RegularExpressions;
using MexcTrader.Core.Execution;

namespace MexcTrader.Tests.Core.Execution;

public sealed class ClientOrderIdsTests
{
    [Fact]
    public void For_SameDecisionLegAndRevision_GivesTheSameIdEveryTime()
    {
        var first = ClientOrderIds.For("1772452800000-BTCUSDT", OrderLeg.Entry);
        var again = ClientOrderIds.For("1772452800000-BTCUSDT", OrderLeg.Entry);

        Assert.Equal(first, again);
    }

    [Fact]
    public void For_AnotherLegRevisionOrDecision_GivesAnotherId()
    {
        var ids = new[]
        {
            ClientOrderIds.For("1772452800000-BTCUSDT", OrderLeg.Entry),
            ClientOrderIds.For("1772452800000-BTCUSDT", OrderLeg.Exit),
            ClientOrderIds.For("1772452800000-BTCUSDT", OrderLeg.Stop),
            ClientOrderIds.For("1772452800000-BTCUSDT", OrderLeg.Entry, 1),
            ClientOrderIds.For("1772452800000-ETHUSDT", OrderLeg.Entry),
        };

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(OrderLeg.Entry, 0, "mte0")]
    [InlineData(OrderLeg.Exit, 3, "mtx3")]
    [InlineData(OrderLeg.Stop, 12, "mts12")]
    public void For_AnyLeg_FitsMexcsClientIdPattern(OrderLeg leg, int revision, string prefix)
    {
        var id = ClientOrderIds.For("a-very-long-decision-id-1772452800000-SOMEVERYLONGPAIRUSDT", leg, revision);

        Assert.Matches(new Regex("^[0-9a-zA-Z_-]{1,32}$"), id);
        Assert.StartsWith(prefix, id, StringComparison.Ordinal);
    }
}
