using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Simulated;

public sealed partial class SimulatedExchange
{
    /// <summary>
    /// A trade on the replayed market: moves the price and the book, and fills resting orders the price traded
    /// through (as makers, at their own price, up to the trade's quantity).
    /// </summary>
    /// <param name="candle">The source candle this trade belongs to, so the open kline can be built.</param>
    public void ApplyMarketTrade(Symbol symbol, decimal price, decimal quantity, Candle? candle = null)
    {
        lock (_gate)
        {
            if (!_markets.TryGetValue(symbol, out var market))
            {
                throw new ArgumentException($"Unknown symbol {symbol}.", nameof(symbol));
            }
            var previous = market.LastPrice ?? price;
            market.RecordTrade(new MarketTrade(symbol, price, quantity, Now(), IsBuyerMaker: price < previous), candle);
            var left = quantity;
            foreach (var sim in market.Resting.OrderBy(o => o.Time).ToList())
            {
                if (left <= 0)
                {
                    break;
                }
                if (TradesThrough(sim, price))
                {
                    var take = Math.Min(sim.Remaining, left);
                    Fill(sim, market, sim.Price, take, isMaker: true);
                    left -= take;
                }
            }
            PublishDepth(market);
        }
    }

    /// <summary>From now on every change of the pair's visible book is published as a <see cref="DepthChanged"/>.</summary>
    public void TrackDepth(Symbol symbol)
    {
        lock (_gate)
        {
            if (_markets.TryGetValue(symbol, out var market) && market.Journal is null)
            {
                market.Journal = new DepthJournal(
                    market.DepthVersion,
                    Side(market, OrderSide.Buy, int.MaxValue),
                    Side(market, OrderSide.Sell, int.MaxValue)
                );
            }
        }
    }

    // under the lock, at the end of every operation that may change the book
    private void PublishDepth(MarketState market)
    {
        if (market.Journal is not { } journal)
        {
            return;
        }
        var change = journal.Change(
            Side(market, OrderSide.Buy, int.MaxValue),
            Side(market, OrderSide.Sell, int.MaxValue)
        );
        if (change is not { } levels)
        {
            return; // a version bump without a visible change rides along with the next delta
        }
        if (market.DepthVersion == journal.Version)
        {
            market.BumpVersion(); // resting orders placed or cancelled change the book without a trade
        }
        var from = journal.Version + 1;
        journal.Version = market.DepthVersion;
        _events.Publish(new DepthChanged(market.Rules.Symbol, from, journal.Version, levels.Bids, levels.Asks, Now()));
    }

    /// <summary>Marks a replayed candle closed: from now on klines serve it as it was recorded.</summary>
    public void CloseCandle(Candle candle)
    {
        ArgumentNullException.ThrowIfNull(candle);
        lock (_gate)
        {
            _markets[candle.Symbol].Close(candle);
        }
    }

    public MarketView? Market(Symbol symbol, int depthLimit = 100, int tradeLimit = 500)
    {
        lock (_gate)
        {
            if (!_markets.TryGetValue(symbol, out var market))
            {
                return null;
            }
            var candles = new List<Candle>(market.Closed);
            if (market.Open is { } open)
            {
                candles.Add(open);
            }
            return new MarketView(
                market.Rules,
                market.LastPrice,
                market.DepthVersion,
                Side(market, OrderSide.Buy, depthLimit),
                Side(market, OrderSide.Sell, depthLimit),
                market.Trades.Reverse().Take(tradeLimit).ToList(),
                candles
            );
        }
    }

    private bool TradesThrough(SimOrder sim, decimal price) =>
        sim.Side == OrderSide.Buy
            ? price < sim.Price || (_options.FillOnTouch && price == sim.Price)
            : price > sim.Price || (_options.FillOnTouch && price == sim.Price);

    // the synthetic levels plus the account's own resting orders, merged by price
    private static List<(decimal Price, decimal Quantity)> Side(MarketState market, OrderSide side, int limit)
    {
        var levels = market.Book.Levels(side, limit).ToDictionary(l => l.Price, l => l.Quantity);
        foreach (var sim in market.Resting.Where(o => o.Side == side))
        {
            levels[sim.Price] = levels.GetValueOrDefault(sim.Price) + sim.Remaining;
        }
        var ordered = side == OrderSide.Buy ? levels.OrderByDescending(l => l.Key) : levels.OrderBy(l => l.Key);
        return ordered.Take(limit).Select(l => (l.Key, l.Value)).ToList();
    }
}
