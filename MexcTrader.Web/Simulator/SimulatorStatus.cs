using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Simulator;

/// <summary>/_sim/status: where the replay is and what the account holds, for people watching a demo or a test.</summary>
internal sealed record SimulatorStatus(
    DateTimeOffset MarketTime,
    int StepsDone,
    int TotalSteps,
    bool ReplayFinished,
    IReadOnlyList<AssetBalance> Balances,
    int OpenOrders
)
{
    public static SimulatorStatus Of(SimulatedExchange exchange, MarketReplay replay) =>
        new(
            exchange.Clock.GetUtcNow(),
            replay.StepsDone,
            replay.TotalSteps,
            replay.IsFinished,
            exchange.Balances(),
            exchange.OpenOrders().Count
        );
}
