namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>The one translation of <see cref="LlmCallQuery"/> into a query, shared by the stores.</summary>
internal static class LlmCallFilter
{
    public static IQueryable<LlmCallRecord> Apply(IQueryable<LlmCallRecord> calls, LlmCallQuery query)
    {
        if (query.CycleId is { } cycle)
        {
            calls = calls.Where(c => c.CycleId == cycle);
        }
        if (query.Outcome is { } outcome)
        {
            calls = calls.Where(c => c.Outcome == outcome);
        }
        if (query.Model is { } model)
        {
            calls = calls.Where(c => c.Model == model);
        }
        if (query.From is { } from)
        {
            calls = calls.Where(c => c.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            calls = calls.Where(c => c.CreatedAt < to);
        }
        if (query.BeforeId is { } before)
        {
            calls = calls.Where(c => c.Id < before);
        }
        return calls.OrderByDescending(c => c.Id);
    }

    /// <summary>Rows fetched with one extra, which says whether another page exists.</summary>
    public static LlmCallPage Page(List<LlmCallRecord> rows, int limit) =>
        rows.Count > limit ? new LlmCallPage(rows[..limit], rows[limit - 1].Id) : new LlmCallPage(rows, null);
}
