namespace MexcTrader.Core.Decisions.Engines;

/// <summary>
/// Asks the primary engine while it is available and the fallback while it is not (LLM off, over budget, too slow,
/// failing). The check runs before the primary and again after it, so a call that trips a breaker is already decided
/// by the fallback in the same cycle. Every fallback cycle says so in its notes, and so does every switch.
/// </summary>
public sealed class FallbackDecisionEngine(
    IDecisionEngine primary,
    IDecisionEngine fallback,
    IEngineAvailability primaryAvailability
) : IDecisionEngine
{
    public const string FallbackNote = "engine.fallback";
    public const string SwitchedToFallbackNote = "engine.switched-to-fallback";
    public const string SwitchedBackNote = "engine.switched-back";

    private int _onFallback;

    public string Id => primary.Id;

    /// <summary>True while the fallback is deciding.</summary>
    public bool OnFallback => Volatile.Read(ref _onFallback) == 1;

    public async ValueTask<DecisionCycle> DecideAsync(
        Snapshot.MarketSnapshot snapshot,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var before = primaryAvailability.Check();
        if (!before.IsAvailable)
        {
            return await FallBackAsync(snapshot, before, null, cancellationToken).ConfigureAwait(false);
        }
        var decided = await primary.DecideAsync(snapshot, cancellationToken).ConfigureAwait(false);
        var after = primaryAvailability.Check();
        if (!after.IsAvailable)
        {
            return await FallBackAsync(snapshot, after, decided, cancellationToken).ConfigureAwait(false);
        }
        return Interlocked.Exchange(ref _onFallback, 0) == 1
            ? decided with
            {
                Notes = [$"{SwitchedBackNote}: {primary.Id} decides again", .. decided.Notes],
            }
            : decided;
    }

    private async ValueTask<DecisionCycle> FallBackAsync(
        Snapshot.MarketSnapshot snapshot,
        EngineAvailability why,
        DecisionCycle? primaryCycle,
        CancellationToken cancellationToken
    )
    {
        var cycle = await fallback.DecideAsync(snapshot, cancellationToken).ConfigureAwait(false);
        var switched = Interlocked.Exchange(ref _onFallback, 1) == 0;
        List<string> notes =
        [
            $"{FallbackNote}: {fallback.Id} decides because {primary.Id} is unavailable ({why.Code}: {why.Detail})",
        ];
        if (switched)
        {
            notes.Insert(0, $"{SwitchedToFallbackNote}: {primary.Id} -> {fallback.Id}");
        }
        // the primary's refusals of this cycle stay on record, its HOLDs give way to the fallback's decisions
        return cycle with
        {
            Rejections = [.. primaryCycle?.Rejections ?? [], .. cycle.Rejections],
            Notes = [.. notes, .. primaryCycle?.Notes ?? [], .. cycle.Notes],
        };
    }
}
