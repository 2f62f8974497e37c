namespace MexcTrader.Web.Engine;

/// <summary>Where the engine's market data and fills come from (design.md §5).</summary>
public enum EngineMode
{
    /// <summary>The in-process wire simulator replays the bundled sample, accelerated; needs nothing.</summary>
    Demo,

    /// <summary>Live MEXC public data, simulated fills; needs internet.</summary>
    Paper,

    /// <summary>Live MEXC with the stored API key; real orders, so it needs an explicit confirmation and a cap.</summary>
    Live,
}
