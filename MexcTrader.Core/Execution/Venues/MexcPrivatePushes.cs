using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc.Protobuf;

namespace MexcTrader.Core.Execution.Venues;

/// <summary>
/// MEXC's private order and deal pushes (listen-key stream, via <c>MexcPushSink</c>) as venue events, for
/// <see cref="MexcVenue"/>. A push that cannot be read is skipped: REST polling will bring the same state.
/// </summary>
public static class MexcPrivatePushes
{
    public static async IAsyncEnumerable<VenueEvent> ReadAsync(
        ChannelReader<PushDataV3ApiWrapper> pushes,
        [EnumeratorCancellation] CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(pushes);
        await foreach (var push in pushes.ReadAllAsync(ct).ConfigureAwait(false))
        {
            if (ToEvent(push) is { } change)
            {
                yield return change;
            }
        }
    }

    /// <summary>The event a push carries, or null when it is not a private order or deal, or is malformed.</summary>
    public static VenueEvent? ToEvent(PushDataV3ApiWrapper push)
    {
        ArgumentNullException.ThrowIfNull(push);
        if (!Symbol.TryParse(push.Symbol, out var symbol))
        {
            return null;
        }
        return push.BodyCase switch
        {
            PushDataV3ApiWrapper.BodyOneofCase.PrivateOrders => Order(symbol.Value, push.PrivateOrders),
            PushDataV3ApiWrapper.BodyOneofCase.PrivateDeals => Deal(symbol.Value, push.PrivateDeals),
            _ => null,
        };
    }

    private static VenueOrderUpdated? Order(Symbol symbol, PrivateOrdersV3Api o)
    {
        OrderStatus? status = o.Status switch
        {
            1 => OrderStatus.New,
            2 => OrderStatus.Filled,
            3 => OrderStatus.PartiallyFilled,
            4 => OrderStatus.Canceled,
            5 => OrderStatus.PartiallyCanceled,
            _ => null,
        };
        if (
            status is null
            || string.IsNullOrEmpty(o.Id)
            || !Number(o.Price, out var price)
            || !Number(o.Quantity, out var quantity)
            || !Number(o.CumulativeQuantity, out var executed)
            || !Number(o.CumulativeAmount, out var quote)
        )
        {
            return null;
        }
        Number(o.Amount, out var quoteOrder);
        OrderType? type = o.OrderType switch
        {
            1 => OrderType.Limit,
            2 => OrderType.LimitMaker,
            3 => OrderType.ImmediateOrCancel,
            4 => OrderType.FillOrKill,
            5 => OrderType.Market,
            _ => null,
        };
        var created = DateTimeOffset.FromUnixTimeMilliseconds(o.CreateTime);
        return new VenueOrderUpdated(
            new ExchangeOrder(
                symbol,
                o.Id,
                string.IsNullOrEmpty(o.ClientId) ? null : o.ClientId,
                o.TradeType == 1 ? OrderSide.Buy : OrderSide.Sell,
                type,
                status.Value,
                price,
                quantity,
                executed,
                quote,
                quoteOrder,
                created,
                null
            )
        );
    }

    private static VenueFilled? Deal(Symbol symbol, PrivateDealsV3Api d) =>
        string.IsNullOrEmpty(d.TradeId)
        || string.IsNullOrEmpty(d.OrderId)
        || !Number(d.Price, out var price)
        || !Number(d.Quantity, out var quantity)
        || !Number(d.Amount, out var amount)
        || !Number(d.FeeAmount, out var fee)
            ? null
            : new VenueFilled(
                new ExchangeTrade(
                    symbol,
                    d.TradeId,
                    d.OrderId,
                    string.IsNullOrEmpty(d.ClientOrderId) ? null : d.ClientOrderId,
                    price,
                    quantity,
                    amount,
                    fee,
                    d.FeeCurrency,
                    DateTimeOffset.FromUnixTimeMilliseconds(d.Time),
                    d.TradeType == 1,
                    d.IsMaker,
                    d.IsSelfTrade
                )
            );

    private static bool Number(string text, out decimal value) =>
        decimal.TryParse(
            text,
            NumberStyles.Number | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture,
            out value
        );
}
