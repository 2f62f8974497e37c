using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

public sealed partial class SimulatedExchange
{
    /// <summary>Places an order: takes what it can from the book at once, then rests (LIMIT, LIMIT_MAKER) or cancels the rest.</summary>
    public Result<OrderView> PlaceOrder(NewOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_gate)
        {
            if (Validate(order, out var market) is { } failure)
            {
                return Result.Fail<OrderView>(failure);
            }
            var now = Now();
            var rules = market.Rules;
            var isMarket = order.Type == OrderType.Market;
            var sim = new SimOrder
            {
                Id = NextId(),
                Request = order,
                Time = now,
                UpdateTime = now,
                LockedAsset = order.Side == OrderSide.Buy ? rules.QuoteAsset : rules.BaseAsset,
            };
            _orders.Add(sim);
            _byId[sim.Id] = sim;
            if (order.ClientOrderId is { } clientId)
            {
                _byClientId[clientId] = sim;
            }
            if (!isMarket)
            {
                sim.Locked = order.Side == OrderSide.Buy ? sim.Price * sim.Quantity : sim.Quantity;
                _wallet.Change(sim.LockedAsset, -sim.Locked, sim.Locked, "ENTRUST_PLACE");
            }
            _events.Publish(new OrderUpdated(sim.ToView(), null, now));
            Execute(sim, market);
            PublishDepth(market);
            return Result.Ok(sim.ToView());
        }
    }

    public Result<OrderView> CancelOrder(Symbol symbol, string? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            var found = Find(symbol, orderId, clientOrderId);
            if (!found.IsSuccess)
            {
                return found;
            }
            var sim = _byId[found.Value.OrderId];
            if (!sim.IsOpen)
            {
                return Result.Fail<OrderView>(Rejections.Of(-2011, "Unknown order sent."));
            }
            CancelRest(sim);
            PublishDepth(_markets[sim.Symbol]);
            return Result.Ok(sim.ToView());
        }
    }

    public Result<IReadOnlyList<OrderView>> CancelAll(Symbol symbol)
    {
        lock (_gate)
        {
            if (!_markets.TryGetValue(symbol, out var market))
            {
                return Result.Fail<IReadOnlyList<OrderView>>(Rejections.UnknownSymbol(symbol));
            }
            var cancelled = new List<OrderView>();
            foreach (var sim in market.Resting.ToList())
            {
                CancelRest(sim);
                cancelled.Add(sim.ToView());
            }
            PublishDepth(market);
            return Result.Ok<IReadOnlyList<OrderView>>(cancelled);
        }
    }

    private void Execute(SimOrder sim, MarketState market)
    {
        var order = sim.Request;
        var limit = order.Type == OrderType.Market ? (decimal?)null : order.Price;
        var fills = order.Type switch
        {
            OrderType.LimitMaker => [],
            OrderType.Market => market.Book.Preview(order.Side, order.Quantity, order.QuoteOrderQty, null),
            _ => market.Book.Preview(order.Side, order.Quantity, null, limit),
        };
        if (order.Type == OrderType.FillOrKill && fills.Sum(f => f.Quantity) < sim.Quantity)
        {
            fills = [];
        }
        market.Book.Consume(fills);
        if (fills.Count > 0)
        {
            market.BumpVersion();
        }
        foreach (var fill in fills)
        {
            Fill(sim, market, fill.Price, fill.Quantity, isMaker: false);
        }
        if (order.Type is OrderType.Limit or OrderType.LimitMaker)
        {
            if (sim.IsOpen)
            {
                market.Resting.Add(sim);
            }
            return;
        }
        if (order.Type == OrderType.Market && order.QuoteOrderQty is not null && sim.Executed > 0)
        {
            // spent as much of the amount as whole quantity steps allow, unless the book ran dry first
            var bookLeft = market.Book.Best(order.Side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy) is not null;
            sim.Status = bookLeft ? OrderStatus.Filled : OrderStatus.PartiallyCanceled;
            _events.Publish(new OrderUpdated(sim.ToView(), null, Now()));
            return;
        }
        if (sim.IsOpen)
        {
            CancelRest(sim);
        }
    }

    private void Fill(SimOrder sim, MarketState market, decimal price, decimal quantity, bool isMaker)
    {
        var rules = market.Rules;
        var quote = price * quantity;
        var rate = isMaker ? rules.MakerCommission : rules.TakerCommission;
        decimal fee;
        if (sim.Side == OrderSide.Buy)
        {
            fee = DecimalMath.RoundUp(quantity * rate, rules.BaseCommissionPrecision);
            var released = sim.Locked > 0 ? sim.Price * quantity : 0m;
            sim.Locked -= released;
            _wallet.Change(rules.QuoteAsset, released - quote, -released, "ENTRUST");
            _wallet.Change(rules.BaseAsset, quantity - fee, 0, "ENTRUST");
        }
        else
        {
            fee = DecimalMath.RoundUp(quote * rate, rules.QuoteCommissionPrecision);
            var released = sim.Locked > 0 ? quantity : 0m;
            sim.Locked -= released;
            _wallet.Change(rules.BaseAsset, released - quantity, -released, "ENTRUST");
            _wallet.Change(rules.QuoteAsset, quote - fee, 0, "ENTRUST");
        }
        var now = Now();
        sim.Executed += quantity;
        sim.CumulativeQuote += quote;
        sim.UpdateTime = now;
        sim.Status =
            sim.Quantity > 0 && sim.Executed >= sim.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        var trade = new UserTrade(
            sim.Symbol,
            NextId(),
            sim.Id,
            sim.Request.ClientOrderId,
            sim.Side,
            price,
            quantity,
            quote,
            fee,
            sim.Side == OrderSide.Buy ? rules.BaseAsset : rules.QuoteAsset,
            isMaker,
            now
        );
        _trades.Add(trade);
        _events.Publish(new OrderFilled(trade, now));
        _events.Publish(new OrderUpdated(sim.ToView(), trade, now));
        if (!sim.IsOpen)
        {
            market.Resting.Remove(sim);
        }
    }

    private void CancelRest(SimOrder sim)
    {
        if (sim.Locked > 0)
        {
            _wallet.Change(sim.LockedAsset, sim.Locked, -sim.Locked, "ENTRUST_CANCEL");
            sim.Locked = 0;
        }
        sim.Status = sim.CancelledStatus();
        sim.UpdateTime = Now();
        _markets[sim.Symbol].Resting.Remove(sim);
        _events.Publish(new OrderUpdated(sim.ToView(), null, sim.UpdateTime));
    }
}
