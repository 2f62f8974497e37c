namespace MexcTrader.Core.MarketData;

/// <summary>Failure codes of <see cref="TradingPairService"/>, for callers that map them (the API: 404, 409, 400, 503).</summary>
public static class TradingPairFailures
{
    public const string NotFound = "pair-not-found";
    public const string AlreadyExists = "pair-exists";
    public const string NoIntervals = "pair-no-intervals";

    /// <summary>The exchange lists no such pair.</summary>
    public const string UnknownSymbol = "pair-unknown-symbol";

    /// <summary>The exchange lists the pair but does not let it be traded through its API.</summary>
    public const string NotTradable = "pair-not-tradable";

    /// <summary>The exchange's tradable list could not be fetched (transient).</summary>
    public const string TradableListUnavailable = "pair-tradable-list-unavailable";
}
