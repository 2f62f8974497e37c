using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>The simulated exchange's refusals, each carrying MEXC's numeric error code as its <see cref="Failure.Code"/>.</summary>
public static class Rejections
{
    public const int InvalidSymbol = -1121;
    public const int UnknownOrder = -2013;

    // MEXC documents no code for a repeated client order id; this is Binance's "Duplicate order sent."
    public const int DuplicateOrder = -2010;
    public const int BadSymbol = 10007;
    public const int TooManyDecimals = 10096;
    public const int InsufficientBalance = 10101;
    public const int NotPositive = 10102;
    public const int BelowMinimum = 30002;
    public const int AboveMaximum = 30003;
    public const int NoOppositeOrder = 30025;
    public const int TooManyOpenOrders = 30029;

    // spec 13: the post-only rejection code is unconfirmed; 30041 is the suggested stand-in
    public const int OrderTypeNotAllowed = 30041;
    public const int MandatoryParameter = 700004;

    public static int CodeOf(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return int.TryParse(failure.Code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code)
            ? code
            : 33333;
    }

    internal static Failure Of(int code, string message) => new(code.ToString(CultureInfo.InvariantCulture), message);

    internal static Failure UnknownSymbol(Symbol symbol) => Of(InvalidSymbol, $"Invalid symbol {symbol}.");

    internal static Failure Missing(string name) =>
        Of(MandatoryParameter, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");

    internal static Failure OrderNotFound() => Of(UnknownOrder, "Order does not exist.");
}
