using System.Collections.Frozen;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>The one place where MEXC error codes become <see cref="Failure"/> codes; keyed on code, never on text.</summary>
public static class MexcErrorCodes
{
    public const string BadRequest = "mexc.bad_request";
    public const string OrderNotFound = "mexc.order_not_found";
    public const string DuplicateClientOrderId = "mexc.duplicate_client_order_id";
    public const string Unauthorized = "mexc.unauthorized";
    public const string BadSignature = "mexc.bad_signature";
    public const string TimestampOutsideWindow = "mexc.timestamp_outside_recv_window";
    public const string RateLimited = "mexc.rate_limited";
    public const string IpBanned = "mexc.ip_banned";
    public const string InsufficientBalance = "mexc.insufficient_balance";
    public const string SymbolNotApiTradable = "mexc.symbol_not_api_tradable";
    public const string InvalidSymbol = "mexc.invalid_symbol";
    public const string MarketClosed = "mexc.market_closed";
    public const string MarketOrdersDisabled = "mexc.market_orders_disabled";
    public const string BelowMinimumValue = "mexc.below_min_value";
    public const string AboveMaximumValue = "mexc.above_max_value";
    public const string BadQuantity = "mexc.bad_quantity";
    public const string BadPrecision = "mexc.bad_precision";
    public const string Rejected = "mexc.rejected";
    public const string NoPermission = "mexc.no_permission";
    public const string TooManyOrders = "mexc.too_many_open_orders";
    public const string OrderTypeNotAllowed = "mexc.order_type_not_allowed";
    public const string AccountAbnormal = "mexc.account_abnormal";
    public const string ServerError = "mexc.server_error";
    public const string Unknown = "mexc.error";

    private static readonly FrozenDictionary<long, (string Code, string Meaning, bool Transient)> Table = new (
        long[] MexcCodes,
        string Code,
        string Meaning,
        bool Transient
    )[]
    {
        ([-1121, 33333, 44444, 700004, 700005, 700008, 730001, 730002], BadRequest, "the request was malformed", false),
        ([-2011, -2013, 22222, 30026], OrderNotFound, "the order does not exist", false),
        // undocumented by MEXC (mexc-api.md §13); the simulator answers Binance's "Duplicate order sent."
        ([-2010], DuplicateClientOrderId, "an order with this client order id already exists", false),
        ([400, 401, 403, 602, 10001, 10072, 700001, 700006], Unauthorized, "the API key was refused", false),
        ([700002], BadSignature, "the request signature is not valid", false),
        ([700003, 10073], TimestampOutsideWindow, "the request timestamp is outside the receive window", true),
        ([429], RateLimited, "too many requests", true),
        ([10101, 30004, 30005], InsufficientBalance, "insufficient balance", false),
        ([10007], SymbolNotApiTradable, "the pair cannot be traded through the API", false),
        ([30014, 30021], InvalidSymbol, "the symbol is not valid", false),
        ([30000, 30001, 30016], MarketClosed, "trading is suspended for the pair or this side", false),
        ([30018, 30019], MarketOrdersDisabled, "market orders are disabled for the pair; use a limit order", false),
        ([30002], BelowMinimumValue, "the order value is below the pair's minimum", false),
        ([30003], AboveMaximumValue, "the order value is above the pair's maximum", false),
        ([10095, 10097, 10102], BadQuantity, "the order amount is missing, zero or wrong", false),
        ([10096], BadPrecision, "the amount has too many decimal places", false),
        ([26, 10098, 30010, 30025, 30027, 30028, 30032], Rejected, "the exchange rejected the order", false),
        ([30020, 70011, 700007, 700011], NoPermission, "no permission for this pair or endpoint", false),
        ([30029], TooManyOrders, "the maximum number of open orders is reached", false),
        ([30041], OrderTypeNotAllowed, "this order type cannot be placed now", false),
        ([60005], AccountAbnormal, "the account is flagged as abnormal", false),
        ([500, 503, 504], ServerError, "the exchange failed; the outcome is unknown", true),
    }
        .SelectMany(row => row.MexcCodes.Select(code => (code, row)))
        .ToFrozenDictionary(x => x.code, x => (x.row.Code, x.row.Meaning, x.row.Transient));

    /// <summary>Every MEXC code with a specific mapping.</summary>
    public static IEnumerable<long> KnownCodes => Table.Keys;

    public static Failure ToFailure(long mexcCode, string? message)
    {
        var detail = string.IsNullOrWhiteSpace(message) ? "" : $": {message.Trim()}";
        return Table.TryGetValue(mexcCode, out var row)
            ? new Failure(
                row.Code,
                $"MEXC refused the request, {row.Meaning} (code {mexcCode}{detail}).",
                row.Transient
            )
            : new Failure(Unknown, $"MEXC refused the request (code {mexcCode}{detail}).");
    }
}
