using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using Microsoft.Extensions.Time.Testing;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Risk;

/// <summary>A risk module on a fake clock with one snapshot's working portfolio, for verdict tests.</summary>
internal sealed class RiskHarness
{
    public RiskHarness(RiskSettings settings, PortfolioSnapshot portfolio, params PairSnapshot[] pairs)
    {
        Clock = new FakeTimeProvider(Noon);
        Sut = new RiskModule(settings, Clock);
        Portfolio = portfolio;
        Pairs = pairs;
        Book = WorkingPortfolio.From(portfolio);
    }

    public FakeTimeProvider Clock { get; }
    public RiskModule Sut { get; }
    public PortfolioSnapshot Portfolio { get; set; }
    public PairSnapshot[] Pairs { get; set; }
    public WorkingPortfolio Book { get; private set; }
    public PairCorrelation[] Correlations { get; set; } = [];

    public MarketSnapshot Snapshot() => RiskFixtures.Snapshot(Portfolio, Pairs, Correlations);

    public IReadOnlyList<RiskEvent> BeginCycle()
    {
        Book = WorkingPortfolio.From(Portfolio);
        return Sut.BeginCycle(Snapshot());
    }

    public RiskVerdict Judge(Decision decision, SymbolRules? rules = null)
    {
        var pair = Pairs.FirstOrDefault(p => p.Symbol == decision.Symbol);
        return Sut.Evaluate(
            decision,
            pair,
            rules ?? Rules(decision.Symbol.Value),
            Book,
            CorrelationMatrix.From(Snapshot())
        );
    }
}
