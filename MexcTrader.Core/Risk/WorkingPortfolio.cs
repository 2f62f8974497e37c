using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Risk;

/// <summary>
/// The account as it will be once this cycle's approved verdicts are filled at their reference prices, so limits
/// hold across several decisions of one cycle. Reset from each cycle's snapshot; reused to avoid allocations.
/// </summary>
public sealed class WorkingPortfolio
{
    private readonly Dictionary<Symbol, Holding> _holdings = [];

    public decimal Cash { get; private set; }
    public decimal Equity { get; private set; }
    public decimal Exposure { get; private set; }
    public int OpenPositions => _holdings.Count;
    public IEnumerable<Symbol> OpenSymbols => _holdings.Keys;

    public static WorkingPortfolio From(PortfolioSnapshot portfolio)
    {
        var book = new WorkingPortfolio();
        book.Reset(portfolio);
        return book;
    }

    public void Reset(PortfolioSnapshot portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        _holdings.Clear();
        Cash = portfolio.Cash;
        Equity = portfolio.Equity;
        Exposure = 0;
        foreach (var position in portfolio.Positions)
        {
            if (position.Quantity > 0)
            {
                _holdings[position.Symbol] = new Holding(position.Quantity, position.MarketValue);
                Exposure += position.MarketValue;
            }
        }
    }

    public decimal HeldQuantity(Symbol symbol) => _holdings.TryGetValue(symbol, out var h) ? h.Quantity : 0;

    public decimal HeldValue(Symbol symbol) => _holdings.TryGetValue(symbol, out var h) ? h.Value : 0;

    public bool Holds(Symbol symbol) => _holdings.ContainsKey(symbol);

    /// <summary>Books an executable verdict as if filled at its reference price.</summary>
    public void Apply(RiskVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (!verdict.IsExecutable)
        {
            return;
        }
        var notional = verdict.Notional;
        _holdings.TryGetValue(verdict.Symbol, out var held);
        if (verdict.Action == DecisionAction.Buy)
        {
            _holdings[verdict.Symbol] = new Holding(held.Quantity + verdict.Quantity, held.Value + notional);
            Cash -= notional;
            Exposure += notional;
            return;
        }
        var left = held.Quantity - verdict.Quantity;
        // Value leaves at the holding's booked value per unit, so exposure never goes negative through price moves.
        var valueOut = held.Quantity > 0 ? held.Value * verdict.Quantity / held.Quantity : 0;
        if (left > 0 && verdict.Action != DecisionAction.Close)
        {
            _holdings[verdict.Symbol] = new Holding(left, held.Value - valueOut);
        }
        else
        {
            _holdings.Remove(verdict.Symbol);
            valueOut = held.Value;
        }
        Cash += notional;
        Exposure -= valueOut;
    }

    private readonly record struct Holding(decimal Quantity, decimal Value);
}
