using System.Net;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>
/// Sits under the retry layer and sees every attempt: remembers 429/418 with their Retry-After, waits out short
/// throttles and answers locally during a ban, so that no request reaches MEXC until the ban ends.
/// </summary>
public sealed class MexcRateLimitHandler(MexcRateLimitGate gate, TimeProvider time, TimeSpan maxWait)
    : DelegatingHandler
{
    /// <summary>Marks a response produced here: the request never left the process.</summary>
    public const string NotSentHeader = "X-MexcTrader-Not-Sent";

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        if (gate.Current is { } block)
        {
            if (block.IsBan || block.Remaining > maxWait)
            {
                return Local(
                    block.IsBan ? (HttpStatusCode)418 : HttpStatusCode.TooManyRequests,
                    block.Remaining,
                    request
                );
            }
            await Task.Delay(block.Remaining, time, cancellationToken).ConfigureAwait(false);
        }
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or (HttpStatusCode)418)
        {
            gate.Record(response.StatusCode, RetryAfter(response));
        }
        return response;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        return header?.Date is { } date ? date - (response.Headers.Date ?? time.GetUtcNow()) : null;
    }

    private static HttpResponseMessage Local(HttpStatusCode status, TimeSpan remaining, HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(
            TimeSpan.FromSeconds(Math.Ceiling(remaining.TotalSeconds))
        );
        response.Headers.Add(NotSentHeader, "1");
        return response;
    }
}
