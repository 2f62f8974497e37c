using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;

namespace MexcTrader.Core.Execution;

/// <summary>An order we mean to send, persisted before it is sent (design.md §3: OrderIntent → Order → Fill).</summary>
/// <param name="Request">The order fitted to the pair's rules, with its client order id.</param>
/// <param name="ReferencePrice">Price the decision was sized at, for slippage and market order value.</param>
/// <param name="SignalTime">When the decision was taken: the start of the signal-to-acknowledgement latency.</param>
public sealed record OrderIntent(
    string DecisionId,
    OrderLeg Leg,
    int Revision,
    OrderRequest Request,
    decimal ReferencePrice,
    DateTimeOffset SignalTime,
    string EngineId
)
{
    public string ClientOrderId => Request.ClientOrderId!;

    public Symbol Symbol => Request.Symbol;
}
