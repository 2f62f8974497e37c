using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Web.Components.Shared;

namespace MexcTrader.Web.Components.Pages.Pair;

/// <summary>What the Pair page shows next to the candles: chosen indicators, and the TA agent's view and history.</summary>
/// <param name="SpecError">Why the indicator spec could not be drawn; null when it was.</param>
/// <param name="Current">The TA agent's latest signal over the drawn candles (with the pair's settings).</param>
/// <param name="AgentNote">Why there is no current signal (warm-up, settings), for the trader.</param>
public sealed record PairInsights(
    ChartIndicators Indicators,
    string? SpecError,
    Signal? Current,
    string? AgentNote,
    IReadOnlyList<StoredSignal> History
)
{
    public const int HistorySize = 20;

    public static PairInsights Empty { get; } = new(ChartIndicators.None, null, null, null, []);

    public static ChartIndicatorsResult Indicate(string? spec, IReadOnlyList<Candle> candles)
    {
        var computed = ChartIndicators.Compute(spec, candles);
        return computed.IsSuccess ? new(computed.Value, null) : new(ChartIndicators.None, computed.Failure.Message);
    }

    public static async Task<PairInsights> LoadAsync(
        Symbol symbol,
        IReadOnlyList<Candle> candles,
        string? spec,
        AgentSettingsService settings,
        SignalStore store,
        SignalAgentCatalog catalog,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        var indicators = Indicate(spec, candles);
        var history = await store
            .QueryAsync(new SignalQuery(symbol, TechnicalAnalysisAgent.AgentId, PageSize: HistorySize), ct)
            .ConfigureAwait(false);
        if (catalog.Find(TechnicalAnalysisAgent.AgentId) is not { } factory)
        {
            return new(indicators.Indicators, indicators.Error, null, "The TA agent is not available.", history.Items);
        }
        // a pair that is not followed (candles only) runs the agent at its defaults
        var stored = await settings.GetAsync(symbol, factory.Id, ct).ConfigureAwait(false);
        var parameters = stored.IsSuccess ? stored.Value.Parameters : new Dictionary<string, string>();
        var replay = AgentReplay.Run(factory, parameters, candles);
        if (!replay.IsSuccess)
        {
            return new(indicators.Indicators, indicators.Error, null, replay.Failure.Message, history.Items);
        }
        var current = replay.Value.Count > 0 ? replay.Value[^1] : null;
        return new(
            indicators.Indicators,
            indicators.Error,
            current,
            current is null ? "No signal yet: the drawn candles do not cover the agent's warm-up." : null,
            history.Items
        );
    }
}

/// <summary>The chart's indicators, or why the spec could not be drawn.</summary>
public sealed record ChartIndicatorsResult(ChartIndicators Indicators, string? Error);
