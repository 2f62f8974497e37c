namespace MexcTrader.Web.Simulator;

/// <summary>/_sim/faults: list (GET), add (POST, a <see cref="FaultRule"/> as JSON) and clear (DELETE) injected faults.</summary>
internal static class FaultEndpoints
{
    public static void Map(IEndpointRouteBuilder admin, FaultInjector faults)
    {
        admin.MapGet("/faults", () => Results.Json(faults.Active()));
        admin.MapPost(
            "/faults",
            (FaultRule rule) =>
            {
                try
                {
                    return Results.Json(faults.Add(rule), statusCode: StatusCodes.Status201Created);
                }
                catch (ArgumentException e)
                {
                    return Results.Json(
                        new { code = 33333, msg = e.Message },
                        statusCode: StatusCodes.Status400BadRequest
                    );
                }
            }
        );
        admin.MapDelete(
            "/faults",
            () =>
            {
                faults.Clear();
                return Results.NoContent();
            }
        );
    }
}
