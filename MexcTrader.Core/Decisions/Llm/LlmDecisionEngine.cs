using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Decisions.Llm.Parsing;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MexcTrader.Core.Decisions.Llm;

/// <summary>
/// Asks the model once per cycle for the whole portfolio, only when the snapshot is actionable, and validates the
/// answer. Every call is recorded (or, in replay, answered from the record); every failure is a rejection with a
/// stable code and a HOLD, never a trade. At most one bounded retry.
/// </summary>
public sealed class LlmDecisionEngine(
    ILlmClient client,
    ILlmCallStore calls,
    IPromptStore prompts,
    LlmHealth health,
    IOptionsMonitor<LlmOptions> options,
    TimeProvider clock,
    ILogger<LlmDecisionEngine> log
) : IDecisionEngine
{
    public const string EngineId = "llm";
    public const string SkippedNote = "llm.skipped";
    public const string MaskedNote = "llm.masked";
    public const string TrainingCutoffNote = "llm.training-cutoff";
    private const int MaxEchoedAnswer = 4_000;

    public string Id => EngineId;

    public async ValueTask<DecisionCycle> DecideAsync(MarketSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var settings = options.CurrentValue;
        var prompt = await prompts.GetActiveAsync(DefaultPrompts.DecisionId, cancellationToken).ConfigureAwait(false);
        var stamp = DecisionStamp.For(snapshot, settings.Model, prompt.Label);
        var notes = new List<string>();
        if (!settings.Enabled)
        {
            return Cycle(
                snapshot,
                stamp.HoldAll(snapshot, "HOLD: the LLM is switched off."),
                [new DecisionRejection(null, LlmRejections.Disabled, "The LLM is switched off (Llm:Enabled=false).")],
                notes
            );
        }
        if (!LlmTrigger.IsActionable(snapshot, settings))
        {
            notes.Add(
                $"{SkippedNote}: no signal reaches the trigger threshold {settings.TriggerThreshold}; no call, every pair holds"
            );
            return Cycle(snapshot, stamp.HoldAll(snapshot, "HOLD: no actionable signal."), [], notes);
        }
        if (TrainingCutoffWarning(snapshot, settings) is { } warning)
        {
            notes.Add(warning);
        }
        var mask = PromptMask.For(snapshot, settings.MaskPrompts);
        if (mask.IsMasked)
        {
            notes.Add($"{MaskedNote}: symbols and dates were masked in the prompt");
        }
        var rejections = new List<DecisionRejection>();
        IReadOnlyList<LlmMessage> retryNotes = [];
        for (var attempt = 1; attempt <= 1 + settings.MaxRetries; attempt++)
        {
            var request = DecisionPromptBuilder.Build(prompt, snapshot, mask, settings, retryNotes);
            var (answer, reply) = await CallAsync(request, attempt, snapshot, mask, stamp, settings, cancellationToken)
                .ConfigureAwait(false);
            if (answer.IsSuccess)
            {
                rejections.AddRange(answer.Value.Rejections);
                return Cycle(snapshot, answer.Value.Decisions, rejections, notes);
            }
            var failure = answer.Failure;
            log.LogWarning(
                "LLM answer for cycle {CycleId} refused on attempt {Attempt}: {Code}",
                snapshot.CycleId,
                attempt,
                failure.Code
            );
            rejections.Add(new DecisionRejection(null, failure.Code, $"Attempt {attempt}: {failure.Message}"));
            if (!LlmRejections.IsRetryable(failure.Code) || !health.Check().IsAvailable)
            {
                break;
            }
            retryNotes = RetryNotes(reply, failure);
        }
        return Cycle(
            snapshot,
            stamp.HoldAll(snapshot, "HOLD: no usable answer from the model (see rejections)."),
            rejections,
            notes
        );
    }

    private async Task<(Result<LlmAnswer> Answer, LlmReply? Reply)> CallAsync(
        LlmRequest request,
        int attempt,
        MarketSnapshot snapshot,
        PromptMask mask,
        DecisionStamp stamp,
        LlmOptions settings,
        CancellationToken cancellationToken
    )
    {
        var hash = InputHash.Of(request, attempt);
        var profile = settings.Profile;
        var estimate = LlmCost.Estimate(profile, DecisionPromptBuilder.Characters(request), request.MaxOutputTokens);
        // checked in replay too, on the replayed spend, so a replay takes the same path as the run it replays
        if (!health.TryAfford(estimate, out var overBudget))
        {
            return (Result.Fail<LlmAnswer>(LlmRejections.BudgetExceeded, $"No call: {overBudget}."), null);
        }
        var recorded =
            settings.Mode == LlmCallMode.Live
                ? null
                : await calls.FindByHashAsync(hash, cancellationToken).ConfigureAwait(false);
        if (recorded is null && settings.Mode == LlmCallMode.Replay)
        {
            return (
                Result.Fail<LlmAnswer>(
                    LlmRejections.ReplayMissing,
                    $"No recorded call has input hash {hash[..12]}… (attempt {attempt}); replay never calls the endpoint."
                ),
                null
            );
        }
        Result<LlmReply> reply;
        TimeSpan latency;
        decimal cost;
        if (recorded is not null)
        {
            reply = Restore(recorded);
            latency = TimeSpan.FromMilliseconds(recorded.LatencyMs);
            cost = recorded.CostUsd;
        }
        else
        {
            var started = clock.GetTimestamp();
            reply = await client.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
            latency = clock.GetElapsedTime(started);
            cost = reply.IsSuccess ? LlmCost.Of(profile, reply.Value.InputTokens, reply.Value.OutputTokens) : 0m;
        }
        var answer = reply.IsSuccess
            ? LlmAnswerParser.Parse(reply.Value, snapshot, mask, stamp)
            : Result.Fail<LlmAnswer>(reply.Failure);
        if (recorded is null)
        {
            await calls
                .AddAsync(
                    Record(request, hash, attempt, snapshot, mask, stamp, settings, reply, answer, latency, cost),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        health.Record(latency, cost, !answer.IsSuccess && LlmRejections.CountsAsFailure(answer.Failure.Code));
        return (answer, reply.IsSuccess ? reply.Value : null);
    }

    private LlmCallRecord Record(
        LlmRequest request,
        string hash,
        int attempt,
        MarketSnapshot snapshot,
        PromptMask mask,
        DecisionStamp stamp,
        LlmOptions settings,
        Result<LlmReply> reply,
        Result<LlmAnswer> answer,
        TimeSpan latency,
        decimal cost
    )
    {
        var received = reply.IsSuccess ? reply.Value : null;
        return new LlmCallRecord
        {
            CycleId = snapshot.CycleId,
            Attempt = attempt,
            CreatedAt = clock.GetUtcNow(),
            InputHash = hash,
            Provider = settings.Provider.ToString(),
            Model = request.Model,
            PromptVersion = stamp.PromptVersion,
            Temperature = request.Temperature,
            MaxOutputTokens = request.MaxOutputTokens,
            Masked = mask.IsMasked,
            Request = InputHash.MessagesJson(request.Messages),
            Response = received?.Content,
            Refusal = received?.Refusal,
            FinishReason = received?.FinishReason,
            InputTokens = received?.InputTokens ?? 0,
            OutputTokens = received?.OutputTokens ?? 0,
            LatencyMs = latency.TotalMilliseconds,
            CostUsd = cost,
            Outcome = answer.IsSuccess ? LlmRejections.Ok : answer.Failure.Code,
            OutcomeDetail = answer.IsSuccess ? null : answer.Failure.Message,
            CallFailed = !reply.IsSuccess,
        };
    }

    private static Result<LlmReply> Restore(LlmCallRecord recorded) =>
        recorded.CallFailed
            ? Result.Fail<LlmReply>(recorded.Outcome, recorded.OutcomeDetail ?? "")
            : Result.Ok(
                new LlmReply(
                    recorded.Response,
                    recorded.Refusal,
                    recorded.FinishReason ?? "stop",
                    recorded.InputTokens,
                    recorded.OutputTokens,
                    recorded.Model
                )
            );

    private static IReadOnlyList<LlmMessage> RetryNotes(LlmReply? reply, Failure failure)
    {
        var correction = new LlmMessage(
            LlmRole.User,
            $"Your previous answer was rejected ({failure.Code}: {failure.Message}). Answer again with one complete "
                + "JSON object that follows the schema and nothing else; keep the reasoning short."
        );
        return reply?.Content is { Length: > 0 } content
            ?
            [
                new LlmMessage(
                    LlmRole.Assistant,
                    content.Length <= MaxEchoedAnswer ? content : content[..MaxEchoedAnswer]
                ),
                correction,
            ]
            : [correction];
    }

    private static string? TrainingCutoffWarning(MarketSnapshot snapshot, LlmOptions settings) =>
        settings.Profile.TrainingCutoff is { } cutoff && snapshot.Time < cutoff
            ? $"{TrainingCutoffNote}: {snapshot.Time:yyyy-MM-dd} lies before {settings.Model}'s training cutoff "
                + $"{cutoff:yyyy-MM-dd}; the model may remember what came next (look-ahead)"
                + (settings.MaskPrompts ? ", even with masked prompts" : "; consider Llm:MaskPrompts=true")
            : null;

    private static DecisionCycle Cycle(
        MarketSnapshot snapshot,
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<DecisionRejection> rejections,
        IReadOnlyList<string> notes
    ) => new(snapshot.CycleId, snapshot.Time, EngineId, decisions, [.. rejections], [.. notes]);
}
