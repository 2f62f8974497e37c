namespace MexcTrader.Core.Decisions.Engines;

/// <summary>Says whether an engine may be asked right now, or why not (a breaker is open, it is switched off…).</summary>
public interface IEngineAvailability
{
    EngineAvailability Check();
}

/// <summary>Whether an engine may decide; when not, a stable code and a message for people.</summary>
public sealed record EngineAvailability(bool IsAvailable, string? Code = null, string? Detail = null)
{
    public static readonly EngineAvailability Available = new(true);

    public static EngineAvailability Unavailable(string code, string detail) => new(false, code, detail);
}
