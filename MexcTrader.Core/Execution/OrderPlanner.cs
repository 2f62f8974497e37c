using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Core.Execution;

/// <summary>
/// DecisionRecord → OrderIntent, fitted to the pair's rules (tick, step, minimum value, precision) with a client id
/// derived from the decision. Pure: no I/O, so retries and replays plan the same order.
/// </summary>
public static class OrderPlanner
{
    public const string NotExecutable = "execution.not_executable";
    public const string NothingHeld = "execution.nothing_held";

    /// <param name="heldQuantity">Free base quantity of the pair now: a Close sells all of it, a Sell at most it.</param>
    public static Result<OrderIntent> Plan(
        DecisionRecord record,
        SymbolRules rules,
        decimal heldQuantity,
        OrderStyle style,
        OrderLeg? leg = null,
        int revision = 0
    )
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(style);
        var isExit = record.Action is DecisionAction.Sell or DecisionAction.Close;
        if (!record.IsExecutable && !(isExit && leg == OrderLeg.Stop))
        {
            return Result.Fail<OrderIntent>(
                NotExecutable,
                $"Decision {record.DecisionId} is not executable ({record.Action}, {record.Outcome})."
            );
        }
        var side = isExit ? OrderSide.Sell : OrderSide.Buy;
        var quantity = record.Action switch
        {
            DecisionAction.Close => heldQuantity,
            DecisionAction.Sell => Math.Min(record.Quantity, heldQuantity),
            _ => record.Quantity,
        };
        if (isExit && quantity <= 0)
        {
            return Result.Fail<OrderIntent>(
                NothingHeld,
                $"Nothing of {record.Symbol} is held to sell for decision {record.DecisionId}."
            );
        }
        var actualLeg = leg ?? (isExit ? OrderLeg.Exit : OrderLeg.Entry);
        var id = ClientOrderIds.For(record.DecisionId, actualLeg, revision);
        // protective exits always leave at market: a stop that rests is no stop
        var request =
            actualLeg == OrderLeg.Stop || style.Kind == OrderStyleKind.Market
                ? OrderRequest.MarketByQuantity(record.Symbol, side, quantity, id)
                : LimitAt(record, side, quantity, style, id);
        var prepared = MexcOrderRules.Prepare(request, rules, referencePrice: record.ReferencePrice);
        return prepared.IsSuccess
            ? Result.Ok(
                new OrderIntent(
                    record.DecisionId,
                    actualLeg,
                    revision,
                    prepared.Value,
                    record.ReferencePrice,
                    record.Time,
                    record.Metadata.EngineId
                )
            )
            : Result.Fail<OrderIntent>(prepared.Failure);
    }

    /// <summary>The limit price at an offset of the reference: a buy below it, a sell above it (bps, signed).</summary>
    public static decimal OffsetPrice(decimal reference, OrderSide side, decimal offsetBps)
    {
        var factor = offsetBps / 10_000m;
        return side == OrderSide.Buy ? reference * (1 - factor) : reference * (1 + factor);
    }

    private static OrderRequest LimitAt(
        DecisionRecord record,
        OrderSide side,
        decimal quantity,
        OrderStyle style,
        string id
    )
    {
        var price = OffsetPrice(record.ReferencePrice, side, style.OffsetBps);
        return style.Kind == OrderStyleKind.MakerOnly
            ? OrderRequest.LimitMaker(record.Symbol, side, quantity, price, id)
            : OrderRequest.Limit(record.Symbol, side, quantity, price, id);
    }
}
