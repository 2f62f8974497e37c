using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>MEXC Spot V3 REST client: every call returns a <see cref="Result{T}"/>, never throws for exchange errors.</summary>
public sealed partial class MexcRestClient(
    HttpClient http,
    IMexcCredentials credentials,
    MexcServerClock clock,
    IOptions<MexcOptions> options,
    TimeProvider time,
    ILogger<MexcRestClient> log
)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly MexcOptions _options = options.Value;

    private Task<Result<TOut>> PublicAsync<TWire, TOut>(
        string path,
        MexcQuery? query,
        JsonTypeInfo<TWire> type,
        Func<TWire, TOut> map,
        CancellationToken ct
    ) => SendAsync(HttpMethod.Get, path, query, signed: false, type, map, ct);

    private async Task<Result<TOut>> SendAsync<TWire, TOut>(
        HttpMethod method,
        string path,
        MexcQuery? query,
        bool signed,
        JsonTypeInfo<TWire> type,
        Func<TWire, TOut> map,
        CancellationToken ct
    )
    {
        MexcApiKey? key = null;
        if (signed)
        {
            key = await credentials.GetAsync(ct).ConfigureAwait(false);
            if (key is null)
            {
                return Result.Fail<TOut>(MexcFailures.NoCredentials());
            }
            await EnsureClockAsync(ct).ConfigureAwait(false);
        }
        var result = await SendOnceAsync(method, path, query, key, type, map, ct).ConfigureAwait(false);
        if (signed && result.Failure?.Code == MexcErrorCodes.TimestampOutsideWindow)
        {
            // Refused before matching, so re-sending (even an order) cannot duplicate it: resync and try once more.
            log.LogWarning("MEXC refused the timestamp of {Path}; resynchronising the clock", path);
            clock.Invalidate();
            await EnsureClockAsync(ct).ConfigureAwait(false);
            result = await SendOnceAsync(method, path, query, key, type, map, ct).ConfigureAwait(false);
        }
        return result;
    }

    private async Task<Result<TOut>> SendOnceAsync<TWire, TOut>(
        HttpMethod method,
        string path,
        MexcQuery? query,
        MexcApiKey? key,
        JsonTypeInfo<TWire> type,
        Func<TWire, TOut> map,
        CancellationToken ct
    )
    {
        using var request = BuildRequest(method, path, query, key);
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? Parse(path, body, type, map)
                : Result.Fail<TOut>(FailureOf(path, response, body));
        }
        catch (TimeoutRejectedException)
        {
            return Result.Fail<TOut>(MexcFailures.TimedOut(path));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Result.Fail<TOut>(MexcFailures.TimedOut(path));
        }
        catch (BrokenCircuitException)
        {
            return Result.Fail<TOut>(MexcFailures.CircuitOpen(path));
        }
        catch (HttpRequestException ex)
        {
            return Result.Fail<TOut>(MexcFailures.NetworkError(path, ex.Message));
        }
    }

    private HttpRequestMessage BuildRequest(HttpMethod method, string path, MexcQuery? query, MexcApiKey? key)
    {
        var text = key is null
            ? query?.ToString() ?? ""
            : MexcSigner.SignQuery(query ?? new MexcQuery(), key.SecretKey, clock.TimestampMs, _options.RecvWindowMs);
        // Every parameter travels in the query string (signature last) and the body stays empty: nothing ambiguous is signed.
        var request = new HttpRequestMessage(method, text.Length == 0 ? path : path + "?" + text);
        if (key is not null)
        {
            request.Headers.Add(MexcSigner.ApiKeyHeader, key.AccessKey);
        }
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent([]);
            request.Content.Headers.ContentType = JsonMediaType;
        }
        return request;
    }

    private static Result<TOut> Parse<TWire, TOut>(
        string path,
        string body,
        JsonTypeInfo<TWire> type,
        Func<TWire, TOut> map
    )
    {
        try
        {
            var wire = JsonSerializer.Deserialize(body, type);
            return wire is null ? Result.Fail<TOut>(MexcFailures.Unparsable(path, "empty body")) : Result.Ok(map(wire));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException)
        {
            return Result.Fail<TOut>(MexcFailures.Unparsable(path, ex.Message));
        }
    }

    private Failure FailureOf(string path, HttpResponseMessage response, string body)
    {
        var sent = !response.Headers.Contains(MexcRateLimitHandler.NotSentHeader);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
        if (response.StatusCode == (HttpStatusCode)418)
        {
            return MexcFailures.Banned(retryAfter, sent);
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return MexcFailures.RateLimited(retryAfter, sent);
        }
        var error = TryReadError(body);
        if (error?.Code is { } code)
        {
            log.LogInformation("MEXC refused {Path} with code {Code}", path, code);
            return MexcErrorCodes.ToFailure(code, error.Msg);
        }
        return MexcFailures.FromStatus(response.StatusCode, path);
    }

    private static WireError? TryReadError(string body)
    {
        try
        {
            return body.Length > 0 ? JsonSerializer.Deserialize(body, MexcJsonContext.Default.WireError) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task EnsureClockAsync(CancellationToken ct)
    {
        if (!clock.NeedsSync(TimeSpan.FromSeconds(_options.TimeSyncIntervalSeconds)))
        {
            return;
        }
        var synced = await SyncTimeAsync(ct).ConfigureAwait(false);
        if (!synced.IsSuccess)
        {
            log.LogWarning("MEXC server time unavailable, signing with the last offset: {Failure}", synced.Failure);
        }
    }
}
