using System.Text.Json;
using System.Text.Json.Serialization;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Journal;

/// <summary>Between the pipeline's records and the journal's rows (JSON columns for the nested lists).</summary>
internal static class JournalMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static CycleRow ToRow(MarketSnapshot snapshot, CycleOutcome outcome, long? llmCallId)
    {
        var cycle = outcome.Cycle;
        var metadata = outcome.Records.Count > 0 ? outcome.Records[0].Metadata : null;
        var llmDecision = cycle.Decisions.FirstOrDefault(d => d.Model is not null);
        return new CycleRow
        {
            CycleId = cycle.CycleId,
            Time = cycle.Time,
            EngineId = cycle.EngineId,
            Model = metadata?.Model ?? llmDecision?.Model,
            PromptVersion = metadata?.PromptVersion ?? llmDecision?.PromptVersion,
            InputHash = metadata?.InputHash,
            LlmCallId = llmCallId,
            SnapshotJson = Write(SnapshotSummary.From(snapshot)),
            RejectionsJson = Write(
                cycle.Rejections.Select(r => new JournalRejection(r.Symbol?.Value, r.Code, r.Detail))
            ),
            NotesJson = Write(cycle.Notes),
            Decisions = [.. outcome.Records.Select(ToRow)],
        };
    }

    private static DecisionRow ToRow(DecisionRecord record, int position) =>
        new()
        {
            DecisionId = record.DecisionId,
            CycleId = record.CycleId,
            Position = position,
            Time = record.Time,
            Symbol = record.Symbol.Value,
            Action = record.Action,
            Outcome = record.Outcome,
            Quantity = record.Quantity,
            ReferencePrice = record.ReferencePrice,
            StopLoss = record.Exits?.StopLoss,
            TakeProfit = record.Exits?.TakeProfit,
            TrailingDistance = record.Exits?.TrailingDistance,
            Confidence = record.Confidence,
            Reasoning = record.Reasoning,
            AlternativesJson = Write(record.Alternatives),
            RiskReasonsJson = Write(record.RiskReasons),
            LimitsJson = Write(record.Limits),
        };

    public static RiskEventRow ToRow(RiskEvent e, long cycleId) =>
        new()
        {
            CycleId = cycleId,
            Time = e.Time,
            Kind = e.Kind,
            Breaker = e.Breaker,
            Symbol = e.Symbol?.Value,
            State = e.State,
            Detail = e.Detail,
        };

    public static JournalCycle ToView(CycleRow row) =>
        new(
            row.CycleId,
            row.Time,
            row.EngineId,
            row.Model,
            row.PromptVersion,
            row.InputHash,
            row.LlmCallId,
            Read<SnapshotSummary>(row.SnapshotJson),
            Read<List<JournalRejection>>(row.RejectionsJson),
            Read<List<string>>(row.NotesJson),
            [.. row.Decisions.OrderBy(d => d.Position).Select(ToView)]
        );

    private static JournalDecision ToView(DecisionRow d) =>
        new(
            d.DecisionId,
            d.Symbol,
            d.Action,
            d.Outcome,
            d.Quantity,
            d.ReferencePrice,
            d.StopLoss is { } stop ? new ExitLevels(stop, d.TakeProfit ?? 0, d.TrailingDistance ?? 0) : null,
            d.Confidence,
            d.Reasoning,
            Read<List<AlternativeConsidered>>(d.AlternativesJson),
            Read<List<string>>(d.RiskReasonsJson),
            Read<List<LimitSeen>>(d.LimitsJson)
        );

    public static JournalRiskEvent ToView(RiskEventRow e) =>
        new(e.Id, e.CycleId, e.Time, e.Kind, e.Breaker, e.Symbol, e.State, e.Detail);

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json)
        ?? throw new InvalidOperationException($"Journal row holds null {typeof(T).Name}.");
}
