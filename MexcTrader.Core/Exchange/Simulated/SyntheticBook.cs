namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>
/// Liquidity around the market price: levels of fixed value on each side. Taker orders consume it until the market
/// price moves, which rebuilds the book (a replayed market has no real book to deplete).
/// </summary>
internal sealed class SyntheticBook(SimulatedSymbolRules rules, BookShape shape)
{
    private readonly Dictionary<decimal, decimal> _consumed = [];

    public decimal Mid { get; private set; }

    public bool HasPrice => Mid > 0;

    public void Reset(decimal marketPrice)
    {
        Mid = marketPrice;
        _consumed.Clear();
    }

    public IReadOnlyList<BookFill> Levels(OrderSide bookSide, int limit)
    {
        var levels = new List<BookFill>();
        if (!HasPrice)
        {
            return levels;
        }
        for (var i = 0; i < shape.Levels && levels.Count < limit; i++)
        {
            var price = LevelPrice(bookSide, i);
            if (price <= 0)
            {
                break;
            }
            var left = LevelQuantity(price) - _consumed.GetValueOrDefault(price);
            if (left > 0)
            {
                levels.Add(new BookFill(price, left));
            }
        }
        return levels;
    }

    public decimal? Best(OrderSide bookSide) => Levels(bookSide, 1) is [var top] ? top.Price : null;

    /// <summary>What a taker order would get, walking the opposite side without consuming it.</summary>
    public IReadOnlyList<BookFill> Preview(OrderSide takerSide, decimal? quantity, decimal? quoteAmount, decimal? limit)
    {
        var fills = new List<BookFill>();
        var bookSide = takerSide == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy;
        var leftQty = quantity ?? decimal.MaxValue;
        var leftQuote = quoteAmount ?? decimal.MaxValue;
        foreach (var level in Levels(bookSide, shape.Levels))
        {
            if (limit is { } p && (takerSide == OrderSide.Buy ? level.Price > p : level.Price < p))
            {
                break;
            }
            var take = Math.Min(level.Quantity, leftQty);
            if (quoteAmount is not null)
            {
                take = Math.Min(take, DecimalMath.FloorTo(leftQuote / level.Price, QuantityStep));
            }
            if (take <= 0)
            {
                break;
            }
            fills.Add(new BookFill(level.Price, take));
            leftQty -= take;
            leftQuote -= take * level.Price;
        }
        return fills;
    }

    public void Consume(IEnumerable<BookFill> fills)
    {
        foreach (var fill in fills)
        {
            _consumed[fill.Price] = _consumed.GetValueOrDefault(fill.Price) + fill.Quantity;
        }
    }

    private decimal QuantityStep =>
        rules.BaseSizePrecision > 0 ? rules.BaseSizePrecision : SimulatedSymbolRules.Pow10(-rules.BaseAssetPrecision);

    private decimal LevelPrice(OrderSide bookSide, int index)
    {
        var tick = rules.Tick;
        var step = Math.Max(tick, DecimalMath.CeilingTo(Mid * shape.LevelStepFraction, tick));
        var half = Mid * shape.SpreadFraction / 2;
        return bookSide == OrderSide.Sell
            ? Math.Max(DecimalMath.CeilingTo(Mid + half, tick), DecimalMath.FloorTo(Mid, tick) + tick) + index * step
            : DecimalMath.FloorTo(Mid - half, tick) - index * step;
    }

    private decimal LevelQuantity(decimal price) => DecimalMath.FloorTo(shape.LevelQuoteValue / price, QuantityStep);
}
