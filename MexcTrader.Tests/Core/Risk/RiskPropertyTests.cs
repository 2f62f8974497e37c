using FsCheck;
using FsCheck.Fluent;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Risk;

/// <summary>
/// Over 100,000 random worlds (settings, market, account, breakers) each with a random decision stream, no
/// executable verdict breaks a configured limit. The account is tracked here independently of the module's
/// working portfolio, verdict after verdict, so limits are checked across decisions of one cycle.
/// </summary>
public sealed class RiskPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 100_000;

    [Fact]
    public void Evaluate_OverRandomDecisionStreamsAndPortfolios_NeverApprovesAnOrderBreakingALimit()
    {
        var counts = new Counts();
        var property = Prop.ForAll(Arb.From(RiskScenario.Generator), (RiskScenario s) => Verify(s, counts));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), property);

        var summary =
            $"Risk property: {counts.Scenarios:N0} random scenarios, {counts.Decisions:N0} decisions checked: "
            + $"{counts.Approved:N0} approved orders, {counts.Resized:N0} resized, {counts.Rejected:N0} rejected, "
            + $"{counts.Holds:N0} holds; no executable verdict broke a limit.";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(Cases, counts.Scenarios);
        // The property is only worth something if every kind of verdict actually occurs often.
        Assert.True(
            counts.Approved > Cases / 10 && counts.Resized > Cases / 10 && counts.Rejected > Cases / 10,
            summary
        );
    }

    private static void Verify(RiskScenario s, Counts counts)
    {
        counts.Scenarios++;
        var clock = new FakeTimeProvider(Noon);
        var sut = new RiskModule(s.Settings, clock) { TrackRecord = s.TrackRecord };
        var snapshot = Snapshot(s.Portfolio, s.Pairs, s.Correlations);
        sut.BeginCycle(snapshot with { Portfolio = s.Portfolio with { Equity = s.DayStartEquity } });
        foreach (var stopped in s.StoppedOut)
        {
            sut.ReportStopOut(Sym(stopped));
        }
        if (s.KillSwitch)
        {
            sut.SetKillSwitch(true, "test");
        }
        sut.BeginCycle(snapshot);
        var state = ExpectedState(s);
        Require(sut.State == state, $"state {sut.State}, expected {state}");

        var book = WorkingPortfolio.From(s.Portfolio);
        var correlations = CorrelationMatrix.From(snapshot);
        var account = new Account(s.Portfolio);
        foreach (var decision in s.Decisions)
        {
            counts.Decisions++;
            var pair = s.Pairs.First(p => p.Symbol == decision.Symbol);
            var rules = s.Rules[decision.Symbol.Value];
            var verdict = sut.Evaluate(decision, pair, rules, book, correlations);
            Require(verdict.DecisionId == decision.Id, "verdict for another decision");
            if (!verdict.IsExecutable)
            {
                Require(
                    verdict.Quantity == 0 || verdict.Action == DecisionAction.Hold,
                    "non-executable with a quantity"
                );
                counts.Count(verdict);
                continue;
            }
            counts.Count(verdict);
            Require(state != TradingState.Halted, "an order while HALTED");
            Require(
                verdict.Quantity % rules.QuantityStep == 0,
                $"quantity {verdict.Quantity} off step {rules.QuantityStep}"
            );
            Require(verdict.ReferencePrice % rules.TickSize == 0, $"price {verdict.ReferencePrice} off tick");
            Require(
                verdict.Notional >= Math.Max(rules.MinOrderValue, rules.MinMarketOrderValue),
                $"notional {verdict.Notional} below minimum"
            );
            Require(ExitRulesTradable(rules, decision.Action), "order on a closed pair or side");
            if (decision.Action == DecisionAction.Buy)
            {
                CheckEntry(s, state, decision, verdict, pair.Price.AtrFraction, correlations, account, clock);
                account.Buy(decision.Symbol.Value, verdict.Quantity, verdict.Notional);
            }
            else
            {
                Require(verdict.Quantity <= account.Quantity(decision.Symbol.Value), "sold more than held");
                account.Sell(decision.Symbol.Value, verdict.Quantity, verdict.Notional, decision.Action);
            }
        }
    }

    private static void CheckEntry(
        RiskScenario s,
        TradingState state,
        Decision decision,
        RiskVerdict verdict,
        double atr,
        CorrelationMatrix correlations,
        Account account,
        FakeTimeProvider clock
    )
    {
        var symbol = decision.Symbol.Value;
        var limits = s.Settings.For(decision.Symbol);
        var portfolio = s.Settings.Portfolio;
        var equity = s.Portfolio.Equity;
        var notional = verdict.Notional;
        // Limits are fractions held as double; allow a rounding hair (1e-9 of equity) in the comparison.
        var hair = equity * 0.000000001m;
        Require(state == TradingState.Active, $"an entry while {state}");
        Require(!s.StoppedOut.Contains(symbol), "an entry during a stop-out cooldown");
        Require(
            limits.VolatilityHaltAtrFraction == 0 || (atr > 0 && atr <= limits.VolatilityHaltAtrFraction),
            "volatility halt"
        );
        Require(
            verdict.ReferencePrice <= s.Pairs.First(p => p.Symbol == decision.Symbol).Price.LastClose,
            "price above the last close"
        );
        Require(limits.MaxPositionQuote == 0 || notional <= limits.MaxPositionQuote, "max position quote");
        Require(
            limits.MaxPositionFraction == 0 || notional <= (decimal)limits.MaxPositionFraction * equity + hair,
            "max position fraction"
        );
        Require(account.Value(symbol) + notional <= (decimal)limits.MaxAllocation * equity + hair, "max allocation");
        Require(account.Exposure + notional <= (decimal)portfolio.MaxExposure * equity + hair, "max exposure");
        Require(
            notional <= account.Cash * (1 - (decimal)portfolio.CashReserve) + hair,
            $"cash {account.Cash} < {notional}"
        );
        Require(account.Quantity(symbol) > 0 || account.Open < portfolio.MaxOpenPositions, "max open positions");
        var exchangeMax = new[] { s.Rules[symbol].MaxOrderValue, s.Rules[symbol].MaxMarketOrderValue }.Where(m =>
            m > 0
        );
        Require(exchangeMax.All(m => notional <= m), "exchange maximum order value");
        if (portfolio.MaxCorrelation < 1 && portfolio.CorrelationMode == CorrelationMode.Reject)
        {
            foreach (var open in account.OpenSymbols.Where(o => o != symbol))
            {
                Require(
                    correlations.Between(decision.Symbol, Sym(open)) <= portfolio.MaxCorrelation,
                    "correlation cap"
                );
            }
        }
        var exits = verdict.Exits ?? throw new InvalidOperationException("entry without exits");
        Require(
            exits.StopLoss < verdict.ReferencePrice
                && exits.TakeProfit > verdict.ReferencePrice
                && exits.TrailingDistance > 0,
            $"exit levels {exits} around {verdict.ReferencePrice}"
        );
        _ = clock;
    }

    private static bool ExitRulesTradable(MexcTrader.Core.Exchange.SymbolRules rules, DecisionAction action) =>
        rules.IsOnline
        && rules.AllowedSides.Contains(
            action == DecisionAction.Buy
                ? MexcTrader.Core.Exchange.OrderSide.Buy
                : MexcTrader.Core.Exchange.OrderSide.Sell
        );

    private static TradingState ExpectedState(RiskScenario s)
    {
        var limits = s.Settings.Portfolio;
        if (s.KillSwitch || (limits.MaxDrawdown > 0 && s.Portfolio.Drawdown >= limits.MaxDrawdown))
        {
            return TradingState.Halted;
        }
        var loss = (double)((s.DayStartEquity - s.Portfolio.Equity) / s.DayStartEquity);
        return limits.DailyLossLimit > 0 && loss >= limits.DailyLossLimit ? TradingState.Reducing : TradingState.Active;
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Limit broken: " + what);
        }
    }

    /// <summary>The account as this test sees it, kept apart from the module's own bookkeeping.</summary>
    private sealed class Account
    {
        private readonly Dictionary<string, (decimal Quantity, decimal Value)> _held = new(StringComparer.Ordinal);

        public Account(MexcTrader.Core.Decisions.Snapshot.PortfolioSnapshot portfolio)
        {
            Cash = portfolio.Cash;
            foreach (var p in portfolio.Positions)
            {
                _held[p.Symbol.Value] = (p.Quantity, p.MarketValue);
            }
        }

        public decimal Cash { get; private set; }
        public decimal Exposure => _held.Values.Sum(h => h.Value);
        public int Open => _held.Count;
        public IEnumerable<string> OpenSymbols => _held.Keys;

        public decimal Quantity(string symbol) => _held.TryGetValue(symbol, out var h) ? h.Quantity : 0;

        public decimal Value(string symbol) => _held.TryGetValue(symbol, out var h) ? h.Value : 0;

        public void Buy(string symbol, decimal quantity, decimal notional)
        {
            _held.TryGetValue(symbol, out var h);
            _held[symbol] = (h.Quantity + quantity, h.Value + notional);
            Cash -= notional;
        }

        public void Sell(string symbol, decimal quantity, decimal notional, DecisionAction action)
        {
            var h = _held[symbol];
            if (action == DecisionAction.Close || quantity >= h.Quantity)
            {
                _held.Remove(symbol);
            }
            else
            {
                _held[symbol] = (h.Quantity - quantity, h.Value * (h.Quantity - quantity) / h.Quantity);
            }
            Cash += notional;
        }
    }

    private sealed class Counts
    {
        public int Scenarios;
        public int Decisions;
        public int Approved;
        public int Resized;
        public int Rejected;
        public int Holds;

        public void Count(RiskVerdict verdict)
        {
            if (verdict.Action == DecisionAction.Hold)
            {
                Holds++;
                return;
            }
            _ = verdict.Outcome switch
            {
                RiskOutcome.Approved => Approved++,
                RiskOutcome.Resized => Resized++,
                _ => Rejected++,
            };
        }
    }
}
