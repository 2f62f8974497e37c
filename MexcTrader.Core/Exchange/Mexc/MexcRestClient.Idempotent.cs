using MexcTrader.Core.Domain;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.Exchange.Mexc;

public sealed partial class MexcRestClient
{
    /// <summary>
    /// Places an order at most once although the network may lose answers: after an unknown outcome it asks MEXC
    /// for the client order id and re-sends with the same id only when the earlier attempt did not land.
    /// </summary>
    public async Task<Result<OrderAck>> PlaceOrderIdempotentAsync(
        OrderRequest order,
        SymbolRules rules,
        CancellationToken ct
    )
    {
        var prepared = MexcOrderRules.Prepare(
            order with
            {
                ClientOrderId = order.ClientOrderId ?? NewClientOrderId(),
            },
            rules
        );
        if (!prepared.IsSuccess)
        {
            return Result.Fail<OrderAck>(prepared.Failure);
        }
        var request = prepared.Value;
        var clientId = request.ClientOrderId!;
        Result<OrderAck> last = await SendOrderAsync(request, ct).ConfigureAwait(false);
        for (
            var attempt = 1;
            attempt < _options.OrderAttempts && !last.IsSuccess && MexcFailures.IsOutcomeUnknown(last.Failure);
            attempt++
        )
        {
            log.LogWarning(
                "Order {ClientOrderId} outcome unknown ({Failure}); checking before any re-send",
                clientId,
                last.Failure.Code
            );
            var landed = await GetOrderByClientIdAsync(request.Symbol, clientId, ct).ConfigureAwait(false);
            if (landed.IsSuccess)
            {
                return Result.Ok(OrderAck.Of(landed.Value));
            }
            if (landed.Failure.Code != MexcErrorCodes.OrderNotFound)
            {
                // Neither seen nor ruled out: re-sending could double the order, so report the doubt instead.
                return Result.Fail<OrderAck>(
                    new Failure(
                        last.Failure.Code,
                        $"Order {clientId} may or may not have been placed; the check failed too ({landed.Failure.Message}).",
                        IsTransient: true
                    )
                );
            }
            last = await SendOrderAsync(request, ct).ConfigureAwait(false);
        }
        return last is { IsSuccess: false, Failure.Code: MexcErrorCodes.DuplicateClientOrderId }
            ? await AlreadyPlacedAsync(request, last, ct).ConfigureAwait(false)
            : last;
    }

    // The id is taken: by this very order (an earlier attempt, or an earlier call with the same intent) or by another.
    private async Task<Result<OrderAck>> AlreadyPlacedAsync(
        OrderRequest request,
        Result<OrderAck> duplicate,
        CancellationToken ct
    )
    {
        var existing = await GetOrderByClientIdAsync(request.Symbol, request.ClientOrderId!, ct).ConfigureAwait(false);
        if (existing.IsSuccess && existing.Value.Side == request.Side && existing.Value.Type == request.Type)
        {
            log.LogInformation("Order {ClientOrderId} was already placed; keeping it", request.ClientOrderId);
            return Result.Ok(OrderAck.Of(existing.Value));
        }
        return duplicate;
    }
}
