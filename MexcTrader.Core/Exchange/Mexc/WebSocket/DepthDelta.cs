using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Models;
using MexcTrader.Core.Exchange.Mexc.Protobuf;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>One aggre.depth push: changed levels with their absolute new quantity (0 deletes) over a version range.</summary>
public sealed record DepthDelta(
    long FromVersion,
    long ToVersion,
    IReadOnlyList<PriceLevel> Bids,
    IReadOnlyList<PriceLevel> Asks
)
{
    public static Result<DepthDelta> From(PublicAggreDepthsV3Api push)
    {
        ArgumentNullException.ThrowIfNull(push);
        try
        {
            return Result.Ok(
                new DepthDelta(
                    long.Parse(push.FromVersion, CultureInfo.InvariantCulture),
                    long.Parse(push.ToVersion, CultureInfo.InvariantCulture),
                    [.. push.Bids.Select(l => Level(l.Price, l.Quantity))],
                    [.. push.Asks.Select(l => Level(l.Price, l.Quantity))]
                )
            );
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return Result.Fail<DepthDelta>("mexc.bad_depth", $"A depth push has an unreadable number: {ex.Message}");
        }
    }

    private static PriceLevel Level(string price, string quantity) =>
        new(
            decimal.Parse(price, NumberStyles.Float, CultureInfo.InvariantCulture),
            decimal.Parse(quantity, NumberStyles.Float, CultureInfo.InvariantCulture)
        );
}
