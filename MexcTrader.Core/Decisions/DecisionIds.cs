using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions;

/// <summary>
/// Decision identity is derived, never random: a cycle is named by its snapshot time, a decision by cycle and
/// symbol. Replays therefore produce the same ids, and the execution layer can derive idempotent client order ids.
/// </summary>
public static class DecisionIds
{
    public static long CycleOf(DateTimeOffset snapshotTime) => snapshotTime.ToUnixTimeMilliseconds();

    public static string For(long cycleId, Symbol symbol) => $"{cycleId}-{symbol.Value}";
}
