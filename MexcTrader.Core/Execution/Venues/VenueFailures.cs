using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Core.Execution.Venues;

/// <summary>Failure codes every venue speaks, so execution never reads one venue's codes.</summary>
public static class VenueFailures
{
    public const string OrderNotFound = "venue.order_not_found";

    /// <summary>The call failed in a way that leaves open whether a write landed: reconcile, never re-send blindly.</summary>
    public static bool IsOutcomeUnknown(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return MexcFailures.IsOutcomeUnknown(failure);
    }

    public static Failure NotFound(string clientOrderId) =>
        new(OrderNotFound, $"The venue has no order with client id {clientOrderId}.");
}
