using System.Globalization;
using Google.Protobuf;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Simulator.WebSocket;

/// <summary>Builds MEXC protobuf push frames (one serialized wrapper each) from simulator state.</summary>
internal static class PushFrames
{
    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static (string Channel, byte[] Frame) Kline(Candle candle, DateTimeOffset now)
    {
        var channel = MexcChannels.Kline(candle.Symbol, candle.Interval);
        var push = new PushDataV3ApiWrapper
        {
            Channel = channel,
            Symbol = candle.Symbol.Value,
            SendTime = now.ToUnixTimeMilliseconds(),
            PublicSpotKline = new PublicSpotKlineV3Api
            {
                Interval = candle.Interval.ToWebSocketName(),
                WindowStart = candle.OpenTime.ToUnixTimeSeconds(),
                WindowEnd = candle.Interval.NextOpen(candle.OpenTime).ToUnixTimeSeconds(),
                OpeningPrice = Text(candle.Open),
                ClosingPrice = Text(candle.Close),
                HighestPrice = Text(candle.High),
                LowestPrice = Text(candle.Low),
                Volume = Text(candle.Volume),
                Amount = Text(candle.QuoteVolume),
            },
        };
        return (channel, push.ToByteArray());
    }

    /// <summary>One book change as aggre.depth pushes on both speeds, versions as the exchange counted them.</summary>
    public static IEnumerable<(string Channel, byte[] Frame)> Depth(DepthChanged change)
    {
        var ms = change.Time.ToUnixTimeMilliseconds();
        foreach (var fast in new[] { false, true })
        {
            var depth = MexcChannels.AggreDepth(change.Symbol, fast);
            var levels = new PublicAggreDepthsV3Api
            {
                EventType = depth[..depth.LastIndexOf('@')],
                FromVersion = change.FromVersion.ToString(CultureInfo.InvariantCulture),
                ToVersion = change.ToVersion.ToString(CultureInfo.InvariantCulture),
            };
            levels.Bids.Add(
                change.Bids.Select(l => new PublicAggreDepthV3ApiItem
                {
                    Price = Text(l.Price),
                    Quantity = Text(l.Quantity),
                })
            );
            levels.Asks.Add(
                change.Asks.Select(l => new PublicAggreDepthV3ApiItem
                {
                    Price = Text(l.Price),
                    Quantity = Text(l.Quantity),
                })
            );
            yield return (depth, Wrap(depth, change.Symbol.Value, ms, w => w.PublicAggreDepths = levels));
        }
    }

    public static IEnumerable<(string Channel, byte[] Frame)> Trade(ReplayTick tick, long tradeId, decimal tickSize)
    {
        var symbol = tick.Candle.Symbol;
        var ms = tick.Time.ToUnixTimeMilliseconds();
        foreach (var fast in new[] { false, true })
        {
            var deals = MexcChannels.AggreDeals(symbol, fast);
            var body = new PublicAggreDealsV3Api { EventType = deals[..deals.LastIndexOf('@')] };
            body.Deals.Add(
                new PublicAggreDealsV3ApiItem
                {
                    Price = Text(tick.Price),
                    Quantity = Text(tick.Quantity),
                    TradeType = 1,
                    Time = ms,
                    TradeId = tradeId.ToString(CultureInfo.InvariantCulture),
                }
            );
            yield return (deals, Wrap(deals, symbol.Value, ms, w => w.PublicAggreDeals = body));

            var ticker = MexcChannels.BookTicker(symbol, fast);
            var best = new PublicAggreBookTickerV3Api
            {
                BidPrice = Text(tick.Price - tickSize),
                BidQuantity = Text(tick.Quantity),
                AskPrice = Text(tick.Price + tickSize),
                AskQuantity = Text(tick.Quantity),
            };
            yield return (ticker, Wrap(ticker, symbol.Value, ms, w => w.PublicAggreBookTicker = best));
        }
    }

    public static (string Channel, byte[] Frame)? Private(ExchangeEvent change) =>
        change switch
        {
            OrderUpdated o => (
                MexcChannels.PrivateOrders,
                Wrap(
                    MexcChannels.PrivateOrders,
                    o.Order.Symbol.Value,
                    o.Time.ToUnixTimeMilliseconds(),
                    w => w.PrivateOrders = Order(o)
                )
            ),
            OrderFilled f => (
                MexcChannels.PrivateDeals,
                Wrap(
                    MexcChannels.PrivateDeals,
                    f.Trade.Symbol.Value,
                    f.Time.ToUnixTimeMilliseconds(),
                    w => w.PrivateDeals = Deal(f.Trade)
                )
            ),
            BalanceChanged b => (
                MexcChannels.PrivateAccount,
                Wrap(
                    MexcChannels.PrivateAccount,
                    null,
                    b.Time.ToUnixTimeMilliseconds(),
                    w => w.PrivateAccount = Account(b)
                )
            ),
            _ => null,
        };

    private static PrivateOrdersV3Api Order(OrderUpdated update)
    {
        var o = update.Order;
        var body = new PrivateOrdersV3Api
        {
            Id = o.OrderId,
            ClientId = o.ClientOrderId ?? "",
            Price = Text(o.Price),
            Quantity = Text(o.OrigQty),
            Amount = Text(o.OrigQuoteOrderQty),
            AvgPrice = Text(o.ExecutedQty == 0 ? 0 : o.CumulativeQuoteQty / o.ExecutedQty),
            OrderType = o.Type switch
            {
                OrderType.Limit => 1,
                OrderType.LimitMaker => 2,
                OrderType.ImmediateOrCancel => 3,
                OrderType.FillOrKill => 4,
                _ => 5,
            },
            TradeType = o.Side == OrderSide.Buy ? 1 : 2,
            IsMaker = update.LastFill?.IsMaker ?? false,
            RemainAmount = Text(Math.Max(0, o.OrigQuoteOrderQty - o.CumulativeQuoteQty)),
            RemainQuantity = Text(o.OrigQty - o.ExecutedQty),
            CumulativeQuantity = Text(o.ExecutedQty),
            CumulativeAmount = Text(o.CumulativeQuoteQty),
            Status = o.Status switch
            {
                OrderStatus.New => 1,
                OrderStatus.Filled => 2,
                OrderStatus.PartiallyFilled => 3,
                OrderStatus.Canceled => 4,
                _ => 5,
            },
            CreateTime = o.Time.ToUnixTimeMilliseconds(),
        };
        if (update.LastFill is { } fill)
        {
            body.LastDealQuantity = Text(fill.Quantity);
        }
        return body;
    }

    private static PrivateDealsV3Api Deal(UserTrade t) =>
        new()
        {
            Price = Text(t.Price),
            Quantity = Text(t.Quantity),
            Amount = Text(t.QuoteQuantity),
            TradeType = t.Side == OrderSide.Buy ? 1 : 2,
            IsMaker = t.IsMaker,
            TradeId = t.TradeId,
            ClientOrderId = t.ClientOrderId ?? "",
            OrderId = t.OrderId,
            FeeAmount = Text(t.Commission),
            FeeCurrency = t.CommissionAsset,
            Time = t.Time.ToUnixTimeMilliseconds(),
        };

    private static PrivateAccountV3Api Account(BalanceChanged b) =>
        new()
        {
            VcoinName = b.Balance.Asset,
            CoinId = b.Balance.Asset,
            BalanceAmount = Text(b.Balance.Free),
            BalanceAmountChange = Text(b.FreeChange),
            FrozenAmount = Text(b.Balance.Locked),
            FrozenAmountChange = Text(b.LockedChange),
            Type = b.Reason,
            Time = b.Time.ToUnixTimeMilliseconds(),
        };

    private static byte[] Wrap(string channel, string? symbol, long ms, Action<PushDataV3ApiWrapper> body)
    {
        var push = new PushDataV3ApiWrapper { Channel = channel, SendTime = ms };
        if (symbol is not null)
        {
            push.Symbol = symbol;
        }
        body(push);
        return push.ToByteArray();
    }
}
