namespace MexcTrader.Web.Simulator;

/// <summary>Kinds of trouble the simulator can cause on purpose.</summary>
public enum FaultKind
{
    /// <summary>Abort the TCP connection without an answer.</summary>
    DropConnection,

    /// <summary>Answer normally, but only after <see cref="FaultRule.DelayMs"/>.</summary>
    Delay,

    /// <summary>HTTP 429 with Retry-After.</summary>
    RateLimit,

    /// <summary>HTTP 5xx (<see cref="FaultRule.StatusCode"/>).</summary>
    ServerError,

    /// <summary>HTTP 418 with Retry-After: the IP ban MEXC imposes after ignored 429s.</summary>
    IpBan,
}

/// <summary>One fault to inject: for the next <paramref name="Count"/> matching requests, or a fraction of them.</summary>
/// <param name="Probability">Share of matching requests hit, 0..1.</param>
/// <param name="Count">Hit at most this many requests, then the rule retires; null = no limit.</param>
/// <param name="PathPrefix">Only requests whose path starts with this, e.g. /api/v3/order; null = every API path.</param>
/// <param name="Method">Only this HTTP method; null = any.</param>
/// <param name="AfterProcessing">
/// For DropConnection and ServerError: let the request take effect first (an order is placed), then fail the answer:
/// the "unknown outcome" case a client must reconcile.
/// </param>
public sealed record FaultRule(
    FaultKind Kind,
    double Probability = 1,
    int? Count = null,
    string? PathPrefix = null,
    string? Method = null,
    int DelayMs = 0,
    int RetryAfterSeconds = 1,
    int StatusCode = 503,
    bool AfterProcessing = false
);

/// <summary>An active rule and how many more requests it may hit.</summary>
public sealed record ActiveFault(int Id, FaultRule Rule, int? Remaining, int Hits);
