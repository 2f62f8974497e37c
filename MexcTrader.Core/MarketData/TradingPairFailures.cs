namespace MexcTrader.Core.MarketData;

/// <summary>Failure codes of <see cref="TradingPairService"/>, for callers that map them (the API: 404 and 409).</summary>
public static class TradingPairFailures
{
    public const string NotFound = "pair-not-found";
    public const string AlreadyExists = "pair-exists";
    public const string NoIntervals = "pair-no-intervals";
}
