using System.Runtime.CompilerServices;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Core.Execution.Venues;

/// <summary>The in-process simulated exchange as a venue: no network, for backtests and paper trading.</summary>
public sealed class SimulatedVenue(SimulatedExchange exchange) : ITradingVenue
{
    private static readonly string DuplicateOrder = Rejections.DuplicateOrder.ToString(
        System.Globalization.CultureInfo.InvariantCulture
    );
    private static readonly string UnknownOrder = Rejections.UnknownOrder.ToString(
        System.Globalization.CultureInfo.InvariantCulture
    );

    public Task<Result<OrderAck>> PlaceAsync(OrderRequest order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var placed = exchange.PlaceOrder(
            new NewOrder(
                order.Symbol,
                order.Side,
                order.Type,
                order.Quantity,
                order.Price,
                order.QuoteQuantity,
                order.ClientOrderId
            )
        );
        if (placed.IsSuccess)
        {
            return Task.FromResult(Result.Ok(AckOf(placed.Value)));
        }
        if (placed.Failure.Code == DuplicateOrder && order.ClientOrderId is { } id)
        {
            // the same client id landed before: answer with that order, never a second one
            var earlier = exchange.GetOrder(order.Symbol, null, id);
            if (earlier.IsSuccess)
            {
                return Task.FromResult(Result.Ok(AckOf(earlier.Value)));
            }
        }
        return Task.FromResult(Result.Fail<OrderAck>(placed.Failure));
    }

    public Task<Result<ExchangeOrder>> CancelAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        Task.FromResult(Map(exchange.CancelOrder(symbol, null, clientOrderId), clientOrderId));

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        Task.FromResult(Map(exchange.GetOrder(symbol, null, clientOrderId), clientOrderId));

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken ct) =>
        Task.FromResult(Result.Ok<IReadOnlyList<ExchangeOrder>>([.. exchange.OpenOrders(symbol).Select(OrderOf)]));

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesSinceAsync(
        Symbol symbol,
        DateTimeOffset since,
        CancellationToken ct
    ) =>
        Task.FromResult(
            Result.Ok<IReadOnlyList<ExchangeTrade>>([
                .. exchange.MyTrades(symbol, null, since, null, int.MaxValue).Select(TradeOf),
            ])
        );

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetOrderTradesAsync(
        Symbol symbol,
        string orderId,
        CancellationToken ct
    ) =>
        Task.FromResult(
            Result.Ok<IReadOnlyList<ExchangeTrade>>([
                .. exchange.MyTrades(symbol, orderId, null, null, int.MaxValue).Select(TradeOf),
            ])
        );

    public Task<Result<IReadOnlyList<AccountBalance>>> GetBalancesAsync(CancellationToken ct) =>
        Task.FromResult(
            Result.Ok<IReadOnlyList<AccountBalance>>([
                .. exchange.Balances().Select(b => new AccountBalance(b.Asset, b.Free, b.Locked)),
            ])
        );

    public Task<Result<SymbolRules>> GetSymbolRulesAsync(Symbol symbol, CancellationToken ct) =>
        Task.FromResult(
            exchange.RulesOf(symbol) is { } rules
                ? Result.Ok(RulesOf(rules))
                : Result.Fail<SymbolRules>("venue.unknown_symbol", $"The simulated exchange does not list {symbol}.")
        );

    public async IAsyncEnumerable<VenueEvent> EventsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        using var subscription = exchange.Subscribe();
        await foreach (var change in subscription.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            switch (change)
            {
                case OrderFilled filled:
                    yield return new VenueFilled(TradeOf(filled.Trade));
                    break;
                case OrderUpdated updated:
                    yield return new VenueOrderUpdated(OrderOf(updated.Order));
                    break;
            }
        }
    }

    public static SymbolRules RulesOf(SimulatedSymbolRules r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new SymbolRules(
            r.Symbol,
            r.BaseAsset,
            r.QuoteAsset,
            r.BaseAssetPrecision,
            r.QuotePrecision,
            r.QuotePrecision,
            r.BaseSizePrecision,
            r.MinQuoteAmount,
            r.MinQuoteAmountMarket,
            r.MaxQuoteAmount,
            r.MaxQuoteAmountMarket,
            [OrderType.Limit, OrderType.Market, OrderType.LimitMaker],
            r.SpotTradingAllowed,
            r.SpotTradingAllowed,
            [OrderSide.Buy, OrderSide.Sell],
            r.MakerCommission,
            r.TakerCommission
        );
    }

    private static Result<ExchangeOrder> Map(Result<OrderView> view, string clientOrderId) =>
        view.IsSuccess ? Result.Ok(OrderOf(view.Value))
        : view.Failure.Code == UnknownOrder ? Result.Fail<ExchangeOrder>(VenueFailures.NotFound(clientOrderId))
        : Result.Fail<ExchangeOrder>(view.Failure);

    private static OrderAck AckOf(OrderView o) =>
        new(o.Symbol, o.OrderId, o.ClientOrderId, o.Side, o.Type, o.Price, o.OrigQty, o.Time);

    private static ExchangeOrder OrderOf(OrderView o) =>
        new(
            o.Symbol,
            o.OrderId,
            o.ClientOrderId,
            o.Side,
            o.Type,
            o.Status,
            o.Price,
            o.OrigQty,
            o.ExecutedQty,
            o.CumulativeQuoteQty,
            o.OrigQuoteOrderQty,
            o.Time,
            o.UpdateTime
        );

    private static ExchangeTrade TradeOf(UserTrade t) =>
        new(
            t.Symbol,
            t.TradeId,
            t.OrderId,
            t.ClientOrderId,
            t.Price,
            t.Quantity,
            t.QuoteQuantity,
            t.Commission,
            t.CommissionAsset,
            t.Time,
            t.Side == OrderSide.Buy,
            t.IsMaker,
            IsSelfTrade: false
        );
}
