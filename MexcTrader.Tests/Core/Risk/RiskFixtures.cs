using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Signals;

namespace MexcTrader.Tests.Core.Risk;

/// <summary>Builders for decisions, snapshots, portfolios and symbol rules used by risk and decision tests.</summary>
internal static class RiskFixtures
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static Symbol Sym(string value) => new(value);

    public static SymbolRules Rules(
        string symbol,
        decimal step = 0.0001m,
        int pricePrecision = 2,
        decimal minNotional = 5m,
        decimal maxOrderValue = 0m,
        bool online = true
    ) =>
        new(
            Sym(symbol),
            symbol[..^4],
            "USDT",
            BaseAssetPrecision: 8,
            QuotePrecision: pricePrecision,
            QuoteAssetPrecision: 8,
            BaseSizeStep: step,
            MinOrderValue: minNotional,
            MinMarketOrderValue: minNotional,
            MaxOrderValue: maxOrderValue,
            MaxMarketOrderValue: 0,
            OrderTypes: [OrderType.Limit, OrderType.Market],
            IsOnline: online,
            IsApiTradingAllowed: true,
            AllowedSides: [OrderSide.Buy, OrderSide.Sell],
            MakerCommission: 0,
            TakerCommission: 0.0005m
        );

    public static PairSnapshot Pair(
        string symbol,
        decimal lastClose,
        double atrFraction = 0.01,
        params AgentSignalView[] signals
    ) =>
        new(
            Sym(symbol),
            new PriceSummary(lastClose, Noon, 0, 0, 0, (double)lastClose, (double)lastClose, atrFraction, 1),
            new FeatureDictionary([], []),
            signals
        );

    public static AgentSignalView Signal(
        string agent,
        double score,
        double confidence = 1,
        double hitRate = double.NaN,
        int scored = 0,
        DateTimeOffset? time = null
    ) => new(agent, 1, time ?? Noon, score, confidence, $"{agent} view", hitRate, scored);

    public static PositionSnapshot Position(string symbol, decimal quantity, decimal price) =>
        new(Sym(symbol), quantity, price, quantity * price, 0);

    public static PortfolioSnapshot Portfolio(
        decimal cash,
        decimal equity,
        double drawdown = 0,
        params PositionSnapshot[] positions
    ) => new(cash, equity, positions.Sum(p => p.MarketValue), 0, 0, drawdown, TradingState.Active, positions);

    public static MarketSnapshot Snapshot(
        PortfolioSnapshot portfolio,
        IReadOnlyList<PairSnapshot> pairs,
        params PairCorrelation[] correlations
    ) => new(MarketSnapshotSchema.Version, DecisionIds.CycleOf(Noon), Noon, pairs, portfolio, correlations);

    public static Decision Decide(string symbol, DecisionAction action, double confidence = 1, double? weight = null) =>
        new(
            DecisionIds.For(DecisionIds.CycleOf(Noon), Sym(symbol)),
            DecisionIds.CycleOf(Noon),
            Noon,
            Sym(symbol),
            action,
            weight,
            confidence,
            "test",
            [],
            "test"
        );
}
