using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Settings.Store;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/settings/risk: global limits and per-pair overrides, validated before they are saved.</summary>
internal static class RiskSettingsEndpoints
{
    public static RouteGroupBuilder MapRiskSettings(this RouteGroupBuilder settings)
    {
        settings
            .MapGet("/risk", (RiskSettingsStore store) => TypedResults.Ok(store.Current))
            .WithName("GetRiskSettings")
            .WithSummary("The risk limits in force: portfolio, per-pair default and per-pair overrides.");
        settings
            .MapPut("/risk", PutAsync)
            .WithName("SaveRiskSettings")
            .WithSummary("Replaces all risk limits; the engine takes them from its next cycle.")
            .Produces<RiskSettings>()
            .ProducesValidationProblem();
        settings
            .MapGet("/risk/pairs/{symbol}", GetPair)
            .WithName("GetPairRiskLimits")
            .WithSummary("A pair's limits: its override, or the default when it has none (see `overridden`).")
            .Produces<PairLimitsDto>()
            .ProducesValidationProblem();
        settings
            .MapPut("/risk/pairs/{symbol}", PutPairAsync)
            .WithName("SavePairRiskLimits")
            .WithSummary("Sets a pair's override (a whole copy of the per-pair limits).")
            .Produces<PairLimitsDto>()
            .ProducesValidationProblem();
        settings
            .MapDelete("/risk/pairs/{symbol}", DeletePairAsync)
            .WithName("DeletePairRiskLimits")
            .WithSummary("Removes a pair's override so the default applies again; 404 when it had none.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return settings;
    }

    private static async Task<IResult> PutAsync(RiskSettings? body, RiskSettingsStore store, CancellationToken ct)
    {
        if (body is null)
        {
            return SettingsProblems.MissingBody();
        }
        // keys are normalised so 'btcusdt' and 'BTCUSDT' cannot both exist
        var normalised = body with
        {
            Pairs = body.Pairs.ToDictionary(p => p.Key.Trim().ToUpperInvariant(), p => p.Value, StringComparer.Ordinal),
        };
        return await SaveAsync(store, normalised, ct).ConfigureAwait(false);
    }

    private static IResult GetPair(string symbol, RiskSettingsStore store)
    {
        var errors = new FieldErrors();
        if (errors.Symbol("symbol", symbol) is not { } pair)
        {
            return errors.ToProblem();
        }
        var current = store.Current;
        var own = current.Pairs.TryGetValue(pair.Value, out var limits);
        return TypedResults.Ok(new PairLimitsDto(pair.Value, own, own ? limits! : current.Default));
    }

    private static async Task<IResult> PutPairAsync(
        string symbol,
        PairLimits? body,
        RiskSettingsStore store,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        if (errors.Symbol("symbol", symbol) is not { } pair)
        {
            return errors.ToProblem();
        }
        if (body is null)
        {
            return SettingsProblems.MissingBody();
        }
        var current = store.Current;
        var pairs = new Dictionary<string, PairLimits>(current.Pairs, StringComparer.Ordinal) { [pair.Value] = body };
        var problems = store.Validate(current with { Pairs = pairs });
        if (problems.Count > 0)
        {
            return SettingsProblems.ToProblem(problems);
        }
        var saved = await store.SaveAsync(current with { Pairs = pairs }, ct).ConfigureAwait(false);
        return TypedResults.Ok(new PairLimitsDto(pair.Value, true, saved.Value.Pairs[pair.Value]));
    }

    private static async Task<IResult> DeletePairAsync(string symbol, RiskSettingsStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (errors.Symbol("symbol", symbol) is not { } pair)
        {
            return errors.ToProblem();
        }
        var current = store.Current;
        if (!current.Pairs.ContainsKey(pair.Value))
        {
            return TypedResults.Problem(
                $"{pair.Value} has no override; it uses the default limits.",
                statusCode: StatusCodes.Status404NotFound,
                title: "No override"
            );
        }
        var pairs = current.Pairs.Where(p => p.Key != pair.Value).ToDictionary(StringComparer.Ordinal);
        await store.SaveAsync(current with { Pairs = pairs }, ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    internal static async Task<IResult> SaveAsync<T>(SettingsStore<T> store, T value, CancellationToken ct)
        where T : class
    {
        var problems = store.Validate(value);
        if (problems.Count > 0)
        {
            return SettingsProblems.ToProblem(problems);
        }
        var saved = await store.SaveAsync(value, ct).ConfigureAwait(false);
        return TypedResults.Ok(saved.Value);
    }
}

/// <summary>A pair's limits and whether they are its own override.</summary>
public sealed record PairLimitsDto(string Symbol, bool Overridden, PairLimits Limits);
