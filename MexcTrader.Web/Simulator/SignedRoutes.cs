namespace MexcTrader.Web.Simulator;

/// <summary>Maps SIGNED endpoints: each request is read, authenticated, and only then handed to its handler.</summary>
internal sealed class SignedRoutes(IEndpointRouteBuilder api, RequestAuthenticator authenticator)
{
    public void Map(string method, string path, Func<WireRequest, IResult> handler) =>
        api.MapMethods(
            path,
            [method],
            async (HttpContext context, CancellationToken ct) =>
            {
                var parameters = await WireRequest.ReadAsync(context.Request, ct).ConfigureAwait(false);
                return authenticator.Check(context.Request, parameters) is { } error
                    ? error.ToResult()
                    : handler(parameters);
            }
        );
}
