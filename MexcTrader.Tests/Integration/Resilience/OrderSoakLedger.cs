using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Integration.Resilience;

/// <summary>What the client was told about one order: its answer to the placement, then its final query.</summary>
internal sealed record PlacedOrder(OrderRequest Request, Result<OrderAck> Placement)
{
    /// <summary>The client's own final answer about the order (null: it says the order does not exist).</summary>
    public ExchangeOrder? Reconciled { get; set; }

    public bool Accepted => Placement.IsSuccess;

    /// <summary>A clear refusal: the client claims the order is not at the exchange.</summary>
    public bool Refused => !Placement.IsSuccess && !MexcFailures.IsOutcomeUnknown(Placement.Failure);
}

/// <summary>Figures of one soak run, printed for the report and asserted by the test.</summary>
internal sealed record SoakCounts(
    int Attempted,
    int Accepted,
    IReadOnlyDictionary<string, int> FailedByReason,
    int OrderPostsOnTheWire,
    int ResendsAfterUnknownOutcome,
    int Duplicates,
    int UnknownToClient,
    int LostFills,
    int NotSent
)
{
    public override string ToString() =>
        $"attempted {Attempted}, accepted {Accepted}, failed {FailedByReason.Values.Sum()} ("
        + string.Join(
            ", ",
            FailedByReason.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")
        )
        + $"), order POSTs on the wire {OrderPostsOnTheWire}, re-sends {ResendsAfterUnknownOutcome}, "
        + $"duplicates {Duplicates}, orders unknown to the client {UnknownToClient}, lost fills {LostFills}, "
        + $"not sent (breaker open) {NotSent}";
}
