using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Portfolio;

/// <summary>
/// Positions and cash derived from fills only: a buy adds at its price (less a base-asset fee), a sell realises
/// against the average price; a fill id seen before is ignored, so every delivery path can apply fills freely.
/// Equity = starting cash + realised + unrealised − fees, at all times. Not thread-safe: one owner applies fills.
/// </summary>
public sealed class PositionBook(decimal startingCash)
{
    private readonly Dictionary<Symbol, Position> _positions = [];
    private readonly HashSet<string> _fillIds = new(StringComparer.Ordinal);
    private decimal _peakEquity = startingCash;

    public decimal StartingCash { get; } = startingCash;

    public decimal Cash { get; private set; } = startingCash;

    public IReadOnlyCollection<Position> Positions => _positions.Values;

    public Position Get(Symbol symbol) => _positions.GetValueOrDefault(symbol) ?? Position.Empty(symbol);

    /// <summary>Applies a fill once; returns the new position, or null when this fill id was already applied.</summary>
    public Position? Apply(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        if (!_fillIds.Add(fill.FillId))
        {
            return null;
        }
        var before = Get(fill.Symbol);
        var quoteFee = fill.FeeInQuote - fill.BaseFee * fill.Price;
        Position after;
        if (fill.Side == OrderSide.Buy)
        {
            var received = fill.Quantity - fill.BaseFee;
            var quantity = before.Quantity + received;
            var cost = before.Quantity * before.AveragePrice + received * fill.Price;
            after = before with
            {
                Quantity = quantity,
                AveragePrice = quantity > 0 ? cost / quantity : 0,
                Fees = before.Fees + fill.FeeInQuote,
                BoughtQuote = before.BoughtQuote + fill.QuoteQuantity,
                UpdatedAt = fill.Time,
            };
            Cash -= fill.QuoteQuantity + quoteFee;
        }
        else
        {
            var sold = fill.Quantity;
            var quantity = before.Quantity - sold;
            after = before with
            {
                Quantity = quantity,
                AveragePrice = quantity > 0 ? before.AveragePrice : 0,
                RealisedPnl = before.RealisedPnl + sold * (fill.Price - before.AveragePrice),
                Fees = before.Fees + fill.FeeInQuote,
                SoldQuote = before.SoldQuote + fill.QuoteQuantity,
                UpdatedAt = fill.Time,
            };
            Cash += fill.QuoteQuantity - quoteFee;
        }
        _positions[fill.Symbol] = after;
        return after;
    }

    /// <summary>Restores a persisted book: replays the stored fills in order (the positions are a cache of them).</summary>
    public void Replay(IEnumerable<Fill> fills)
    {
        ArgumentNullException.ThrowIfNull(fills);
        foreach (var fill in fills.OrderBy(f => f.Time))
        {
            Apply(fill);
        }
    }

    public bool HasApplied(string fillId) => _fillIds.Contains(fillId);

    public decimal Exposure(IReadOnlyDictionary<Symbol, decimal> marks) =>
        _positions.Values.Sum(p => p.MarketValue(MarkOf(p, marks)));

    public decimal Equity(IReadOnlyDictionary<Symbol, decimal> marks) => Cash + Exposure(marks);

    /// <summary>The equity curve's point for now (the host stores one per candle close or per minute).</summary>
    public EquityPoint EquityAt(DateTimeOffset time, IReadOnlyDictionary<Symbol, decimal> marks)
    {
        var exposure = Exposure(marks);
        return new EquityPoint(time, Cash + exposure, Cash, exposure);
    }

    /// <summary>Each pair's share of equity (0…1) at the given prices.</summary>
    public IReadOnlyDictionary<Symbol, decimal> Allocation(IReadOnlyDictionary<Symbol, decimal> marks)
    {
        var equity = Equity(marks);
        return _positions
            .Values.Where(p => p.Quantity > 0)
            .ToDictionary(p => p.Symbol, p => equity > 0 ? p.MarketValue(MarkOf(p, marks)) / equity : 0);
    }

    /// <summary>The aggregator's portfolio view; also moves the equity peak that drawdown is measured from.</summary>
    public PortfolioSnapshot Snapshot(IReadOnlyDictionary<Symbol, decimal> marks, TradingState state)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var open = _positions.Values.Where(p => p.Quantity > 0).OrderBy(p => p.Symbol.Value, StringComparer.Ordinal);
        var positions = open.Select(p =>
            {
                var mark = MarkOf(p, marks);
                return new PositionSnapshot(
                    p.Symbol,
                    p.Quantity,
                    p.AveragePrice,
                    p.MarketValue(mark),
                    p.UnrealisedPnl(mark)
                );
            })
            .ToList();
        var exposure = positions.Sum(p => p.MarketValue);
        var equity = Cash + exposure;
        _peakEquity = Math.Max(_peakEquity, equity);
        var drawdown = _peakEquity > 0 ? (double)((_peakEquity - equity) / _peakEquity) : 0;
        return new PortfolioSnapshot(
            Cash,
            equity,
            exposure,
            _positions.Values.Sum(p => p.RealisedPnl),
            positions.Sum(p => p.UnrealisedPnl),
            drawdown,
            state,
            positions
        );
    }

    // without a price the position is valued at its average price: unknown is not a loss
    private static decimal MarkOf(Position p, IReadOnlyDictionary<Symbol, decimal> marks) =>
        marks.TryGetValue(p.Symbol, out var mark) && mark > 0 ? mark : p.AveragePrice;
}
