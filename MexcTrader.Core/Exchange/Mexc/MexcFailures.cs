using System.Net;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>Failures that happen around MEXC's answer rather than inside it: transport, HTTP status, parsing.</summary>
public static class MexcFailures
{
    public const string Timeout = "mexc.timeout";
    public const string Network = "mexc.network";
    public const string Unavailable = "mexc.unavailable";
    public const string Firewall = "mexc.firewall_blocked";
    public const string HttpError = "mexc.http_error";
    public const string BadResponse = "mexc.bad_response";
    public const string CredentialsMissing = "mexc.credentials_missing";

    /// <summary>Whether a write may have landed although the call failed, so it must be reconciled, not re-sent.</summary>
    public static bool IsOutcomeUnknown(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Code is Timeout or Network or Unavailable or MexcErrorCodes.ServerError;
    }

    public static Failure TimedOut(string path) =>
        new(Timeout, $"MEXC did not answer {path} in time; the outcome is unknown.", IsTransient: true);

    public static Failure NetworkError(string path, string reason) =>
        new(Network, $"Could not reach MEXC for {path} ({reason}); the outcome is unknown.", IsTransient: true);

    public static Failure CircuitOpen(string path) =>
        new(Unavailable, $"MEXC calls are paused after repeated failures; {path} was not sent.", IsTransient: true);

    public static Failure RateLimited(TimeSpan retryAfter, bool sent) =>
        new(
            MexcErrorCodes.RateLimited,
            $"MEXC rate limit reached; retry after {retryAfter.TotalSeconds:0} s{(sent ? "" : " (request not sent)")}.",
            IsTransient: true
        );

    public static Failure Banned(TimeSpan retryAfter, bool sent) =>
        new(
            MexcErrorCodes.IpBanned,
            $"MEXC has banned this IP for ignoring rate limits; calls stop for {retryAfter.TotalSeconds:0} s"
                + (sent ? "." : " (request not sent)."),
            IsTransient: true
        );

    public static Failure FromStatus(HttpStatusCode status, string path) =>
        (int)status switch
        {
            401 => new Failure(MexcErrorCodes.Unauthorized, $"MEXC refused the API key for {path} (HTTP 401)."),
            403 => new Failure(Firewall, $"MEXC's firewall refused {path} (HTTP 403); slow down.", IsTransient: true),
            404 => new Failure(HttpError, $"MEXC does not know the path {path} (HTTP 404)."),
            >= 500 => new Failure(
                Unavailable,
                $"MEXC failed on {path} (HTTP {(int)status}); the outcome is unknown.",
                IsTransient: true
            ),
            _ => new Failure(HttpError, $"MEXC answered {path} with HTTP {(int)status}."),
        };

    public static Failure Unparsable(string path, string reason) =>
        new(BadResponse, $"MEXC's answer to {path} could not be read: {reason}");

    public static Failure NoCredentials() =>
        new(CredentialsMissing, "No MEXC API key is configured; signed calls are unavailable.");
}
