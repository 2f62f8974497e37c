namespace MexcTrader.Core.Exchange;

/// <summary>The wire names MEXC uses for the order enums, in one place for the client and the simulator.</summary>
public static class MexcEnumNames
{
    public static string ToWire(this OrderSide side) =>
        side switch
        {
            OrderSide.Buy => "BUY",
            OrderSide.Sell => "SELL",
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
        };

    public static string ToWire(this OrderType type) =>
        type switch
        {
            OrderType.Limit => "LIMIT",
            OrderType.Market => "MARKET",
            OrderType.LimitMaker => "LIMIT_MAKER",
            OrderType.ImmediateOrCancel => "IMMEDIATE_OR_CANCEL",
            OrderType.FillOrKill => "FILL_OR_KILL",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };

    public static string ToWire(this OrderStatus status) =>
        status switch
        {
            OrderStatus.New => "NEW",
            OrderStatus.PartiallyFilled => "PARTIALLY_FILLED",
            OrderStatus.Filled => "FILLED",
            OrderStatus.Canceled => "CANCELED",
            OrderStatus.PartiallyCanceled => "PARTIALLY_CANCELED",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

    public static bool TryParseSide(string? text, out OrderSide side) => TryParse(text, ToWire, out side);

    public static bool TryParseType(string? text, out OrderType type) => TryParse(text, ToWire, out type);

    public static bool TryParseStatus(string? text, out OrderStatus status) => TryParse(text, ToWire, out status);

    private static bool TryParse<T>(string? text, Func<T, string> toWire, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(toWire(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
