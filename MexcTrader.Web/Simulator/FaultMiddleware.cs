using System.Globalization;

namespace MexcTrader.Web.Simulator;

/// <summary>Applies the injected faults to API requests (never to the /_sim admin endpoints).</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var rule = path.StartsWith("/_sim", StringComparison.Ordinal)
            ? null
            : faults.Pick(context.Request.Method, path);
        if (rule is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        switch (rule.Kind)
        {
            case FaultKind.Delay:
                await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMs), clock, context.RequestAborted)
                    .ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                break;
            case FaultKind.RateLimit or FaultKind.IpBan:
                context.Response.StatusCode =
                    rule.Kind == FaultKind.IpBan
                        ? StatusCodes.Status418ImATeapot
                        : StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = rule.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await context
                    .Response.WriteAsJsonAsync(
                        new { code = context.Response.StatusCode, msg = "Too many requests" },
                        context.RequestAborted
                    )
                    .ConfigureAwait(false);
                break;
            case FaultKind.ServerError:
                await RunDiscardingAsync(context, rule).ConfigureAwait(false);
                context.Response.StatusCode = rule.StatusCode;
                await context
                    .Response.WriteAsJsonAsync(
                        new { code = rule.StatusCode, msg = "Internal error" },
                        context.RequestAborted
                    )
                    .ConfigureAwait(false);
                break;
            default:
                await RunDiscardingAsync(context, rule).ConfigureAwait(false);
                context.Abort();
                break;
        }
    }

    // lets the request take effect but throws its answer away
    private async Task RunDiscardingAsync(HttpContext context, FaultRule rule)
    {
        if (!rule.AfterProcessing)
        {
            return;
        }
        var original = context.Response.Body;
        await using var sink = new MemoryStream();
        context.Response.Body = sink;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }
        context.Response.Headers.Clear();
        context.Response.ContentLength = null;
    }
}
