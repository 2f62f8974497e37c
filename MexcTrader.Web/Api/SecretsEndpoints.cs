using MexcTrader.Core.Secrets;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/secrets: store, list (masked) and delete keys. No endpoint ever returns a value in full.</summary>
internal static class SecretsEndpoints
{
    public static RouteGroupBuilder MapSecrets(this RouteGroupBuilder api)
    {
        var secrets = api.MapGroup("/secrets").WithTags("Secrets");
        secrets
            .MapGet(
                "/",
                async (ISecretStore store, CancellationToken ct) =>
                    TypedResults.Ok((await store.ListAsync(ct).ConfigureAwait(false)).ToArray())
            )
            .WithName("ListSecrets")
            .WithSummary("Stored secrets by name, masked (such as sk-…1234).");
        secrets
            .MapPut("/{name}", SetAsync)
            .WithName("SetSecret")
            .WithSummary("Stores or replaces a secret; the answer shows it masked.")
            .ProducesValidationProblem();
        secrets
            .MapDelete(
                "/{name}",
                async (string name, ISecretStore store, CancellationToken ct) =>
                    await store.DeleteAsync(name, ct).ConfigureAwait(false)
                        ? Results.NoContent()
                        : TypedResults.Problem(
                            $"No secret named '{name}' is stored.",
                            statusCode: StatusCodes.Status404NotFound,
                            title: "Secret not found"
                        )
            )
            .WithName("DeleteSecret")
            .WithSummary("Deletes a secret; 404 when there is none by that name.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SetAsync(
        string name,
        SetSecretRequest body,
        ISecretStore store,
        CancellationToken ct
    )
    {
        var stored = await store.SetAsync(name, body.Value ?? "", ct).ConfigureAwait(false);
        return stored.IsSuccess
            ? TypedResults.Ok(stored.Value)
            : TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [stored.Failure.Code == SecretFailures.InvalidName ? "name" : "value"] = [stored.Failure.Message],
                },
                title: "One or more request fields are invalid."
            );
    }
}

/// <summary>Body of PUT /secrets/{name}.</summary>
public sealed record SetSecretRequest(string? Value);
