using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;

namespace MexcTrader.Core.Execution;

/// <summary>One of our orders as we last recorded it (the row behind the orders page).</summary>
/// <param name="ExchangeOrderId">Null until the venue acknowledged it.</param>
/// <param name="AcknowledgedAt">When the acknowledgement arrived (our clock): the end of the latency measure.</param>
public sealed record ExecutionOrder(
    string ClientOrderId,
    string DecisionId,
    OrderLeg Leg,
    int Revision,
    string EngineId,
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    decimal? Price,
    decimal? Quantity,
    decimal? QuoteQuantity,
    decimal ReferencePrice,
    ExecutionStatus Status,
    string? ExchangeOrderId,
    decimal ExecutedQuantity,
    decimal CumulativeQuote,
    DateTimeOffset SignalTime,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? AcknowledgedAt,
    string? Reason
)
{
    public bool IsOpen => Status is ExecutionStatus.Pending or ExecutionStatus.New or ExecutionStatus.PartiallyFilled;

    public static ExecutionOrder FromIntent(OrderIntent intent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var r = intent.Request;
        return new ExecutionOrder(
            intent.ClientOrderId,
            intent.DecisionId,
            intent.Leg,
            intent.Revision,
            intent.EngineId,
            r.Symbol,
            r.Side,
            r.Type,
            r.Price,
            r.Quantity,
            r.QuoteQuantity,
            intent.ReferencePrice,
            ExecutionStatus.Pending,
            null,
            0,
            0,
            intent.SignalTime,
            now,
            now,
            null,
            null
        );
    }

    public OrderRequest ToRequest() => new(Symbol, Side, Type, Quantity, QuoteQuantity, Price, ClientOrderId);
}
