using FsCheck;
using FsCheck.Fluent;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Sizing;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Risk;

/// <summary>One random world for the risk property: settings, market, account, breaker inputs and a decision stream.</summary>
internal sealed record RiskScenario(
    RiskSettings Settings,
    PairSnapshot[] Pairs,
    Dictionary<string, SymbolRules> Rules,
    PortfolioSnapshot Portfolio,
    decimal DayStartEquity,
    PairCorrelation[] Correlations,
    bool KillSwitch,
    string[] StoppedOut,
    TrackRecord? TrackRecord,
    Decision[] Decisions
)
{
    public static readonly string[] Universe = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "ADAUSDT", "DOGEUSDT"];

    public override string ToString() =>
        $"equity {Portfolio.Equity}, cash {Portfolio.Cash}, {Portfolio.Positions.Count} positions, {Decisions.Length} decisions: "
        + string.Join(", ", Decisions.Select(d => $"{d.Action} {d.Symbol} c={d.Confidence:0.00} w={d.TargetWeight}"));

    public static Gen<RiskScenario> Generator { get; } =
        from settings in SettingsGen()
        from market in Gen.ArrayOf(MarketGen(), Universe.Length)
        from holdings in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 400))), Universe.Length)
        from equityExponent in Gen.Choose(200, 600)
        from drawdown in Fraction(0, 400)
        from dayLoss in Fraction(0, 100)
        from correlations in Gen.ArrayOf(Gen.Choose(-1000, 1000), Universe.Length * (Universe.Length - 1) / 2)
        from kill in Gen.Frequency((19, Gen.Constant(false)), (1, Gen.Constant(true)))
        from stopped in Gen.ArrayOf(Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true))), Universe.Length)
        from track in Gen.OrNull(from w in Fraction(0, 1000) from r in Fraction(100, 5000) select new TrackRecord(w, r))
        from decisions in Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(DecisionGen(), n))
        select Build(
            settings,
            market,
            holdings,
            (decimal)Math.Pow(10, equityExponent / 100.0),
            drawdown,
            dayLoss,
            correlations,
            kill,
            stopped,
            track,
            decisions
        );

    private static RiskScenario Build(
        RiskSettings settings,
        Market[] market,
        int[] holdings,
        decimal equity,
        double drawdown,
        double dayLoss,
        int[] correlations,
        bool kill,
        bool[] stopped,
        TrackRecord? track,
        (int Pair, DecisionAction Action, double Confidence, double? Weight)[] decisions
    )
    {
        equity = Math.Round(equity, 2);
        var pairs = new PairSnapshot[Universe.Length];
        var rules = new Dictionary<string, SymbolRules>(StringComparer.Ordinal);
        var positions = new List<PositionSnapshot>();
        var total = holdings.Sum() / 1000m;
        var scale = total > 1 ? 1 / total : 1;
        for (var i = 0; i < Universe.Length; i++)
        {
            var m = market[i];
            var price = Math.Round(m.Price, m.PricePrecision);
            price = price > 0 ? price : Pow10(-m.PricePrecision);
            pairs[i] = Pair(Universe[i], price, m.Atr);
            rules[Universe[i]] = RiskFixtures.Rules(
                Universe[i],
                m.Step,
                m.PricePrecision,
                m.MinNotional,
                m.MaxOrderValue,
                m.Online
            );
            var quantity = Math.Round(equity * holdings[i] / 1000m * scale / price, 8);
            if (quantity > 0)
            {
                positions.Add(Position(Universe[i], quantity, price));
            }
        }
        var exposure = positions.Sum(p => p.MarketValue);
        var portfolio = RiskFixtures.Portfolio(Math.Max(0, equity - exposure), equity, drawdown, [.. positions]);
        var pairCorrelations = new List<PairCorrelation>();
        var k = 0;
        for (var i = 0; i < Universe.Length; i++)
        {
            for (var j = i + 1; j < Universe.Length; j++)
            {
                pairCorrelations.Add(new PairCorrelation(Universe[i], Universe[j], correlations[k++] / 1000.0));
            }
        }
        return new RiskScenario(
            settings,
            pairs,
            rules,
            portfolio,
            Math.Round(equity * (decimal)(1 + dayLoss), 2),
            [.. pairCorrelations],
            kill,
            [.. Universe.Where((_, i) => stopped[i])],
            track,
            [.. decisions.Select(d => Decide(Universe[d.Pair], d.Action, d.Confidence, d.Weight))]
        );
    }

    private static Gen<RiskSettings> SettingsGen() =>
        from portfolio in PortfolioLimitsGen()
        from defaults in PairLimitsGen()
        from own in Gen.OrNull(PairLimitsGen())
        from ownPair in Gen.Elements(Universe)
        select new RiskSettings
        {
            Portfolio = portfolio,
            Default = defaults,
            Pairs = own is null
                ? new Dictionary<string, PairLimits>()
                : new Dictionary<string, PairLimits> { [ownPair] = own },
        };

    private static Gen<PortfolioLimits> PortfolioLimitsGen() =>
        from exposure in Fraction(50, 1000)
        from open in Gen.Choose(1, 6)
        from correlation in Gen.Frequency((1, Gen.Constant(1.0)), (3, Fraction(0, 999)))
        from mode in Gen.Elements(CorrelationMode.Reject, CorrelationMode.Scale)
        from drawdown in Gen.Frequency((1, Gen.Constant(0.0)), (3, Fraction(50, 500)))
        from daily in Gen.Frequency((1, Gen.Constant(0.0)), (3, Fraction(10, 100)))
        from reserve in Fraction(0, 20)
        select new PortfolioLimits
        {
            MaxExposure = exposure,
            MaxOpenPositions = open,
            MaxCorrelation = correlation,
            CorrelationMode = mode,
            MaxDrawdown = drawdown,
            DailyLossLimit = daily,
            CashReserve = reserve,
            StopOutCooldown = TimeSpan.FromHours(1),
        };

    private static Gen<PairLimits> PairLimitsGen() =>
        from sizing in Gen.Elements(
            SizingMethod.FixedFraction,
            SizingMethod.VolatilityTarget,
            SizingMethod.FractionalKelly
        )
        from fraction in Fraction(1, 1000)
        from volatilityTarget in Fraction(1, 50)
        from kelly in Fraction(100, 1000)
        from kellyCap in Fraction(10, 1000)
        from byConfidence in Gen.Elements(true, false)
        from maxQuote in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 100_000)))
        from maxFraction in Gen.Frequency((1, Gen.Constant(0.0)), (2, Fraction(1, 1000)))
        from allocation in Fraction(10, 1000)
        from unit in Gen.Elements(ExitUnit.FractionOfPrice, ExitUnit.AtrMultiple)
        from stop in Fraction(1, 500)
        from halt in Gen.Frequency((1, Gen.Constant(0.0)), (2, Fraction(5, 200)))
        select new PairLimits
        {
            Sizing = sizing,
            Fraction = fraction,
            VolatilityTarget = volatilityTarget,
            KellyFraction = kelly,
            KellyCap = kellyCap,
            ScaleByConfidence = byConfidence,
            MaxPositionQuote = maxQuote,
            MaxPositionFraction = maxFraction,
            MaxAllocation = allocation,
            ExitUnit = unit,
            StopLoss = unit == ExitUnit.AtrMultiple ? stop * 10 : stop,
            TakeProfit = unit == ExitUnit.AtrMultiple ? stop * 20 : stop * 2,
            TrailingStop = unit == ExitUnit.AtrMultiple ? stop * 10 : stop,
            VolatilityHaltAtrFraction = halt,
        };

    private static Gen<Market> MarketGen() =>
        from priceExponent in Gen.Choose(-300, 500)
        from atr in Gen.Frequency((1, Gen.Constant(0.0)), (6, Fraction(1, 150)))
        from step in Gen.Elements(1m, 0.1m, 0.001m, 0.00001m, 0m)
        from precision in Gen.Choose(0, 8)
        from minNotional in Gen.Elements(0m, 1m, 5m, 10m, 100m)
        from maxOrder in Gen.Elements(0m, 0m, 1_000m, 100_000m)
        from online in Gen.Frequency((12, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new Market(
            (decimal)Math.Pow(10, priceExponent / 100.0),
            atr,
            step,
            precision,
            minNotional,
            maxOrder,
            online
        );

    private static Gen<(int, DecisionAction, double, double?)> DecisionGen() =>
        from pair in Gen.Choose(0, Universe.Length - 1)
        from action in Gen.Elements(
            DecisionAction.Hold,
            DecisionAction.Buy,
            DecisionAction.Buy,
            DecisionAction.Sell,
            DecisionAction.Close
        )
        from confidence in Fraction(0, 1000)
        from weight in Gen.Frequency((3, Gen.Constant<double?>(null)), (1, Fraction(0, 1000).Select(w => (double?)w)))
        select (pair, action, confidence, weight);

    private static Gen<double> Fraction(int fromThousandths, int toThousandths) =>
        Gen.Choose(fromThousandths, toThousandths).Select(i => i / 1000.0);

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            value /= 10;
        }
        return value;
    }

    internal sealed record Market(
        decimal Price,
        double Atr,
        decimal Step,
        int PricePrecision,
        decimal MinNotional,
        decimal MaxOrderValue,
        bool Online
    );
}
