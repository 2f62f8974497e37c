using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Risk;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Engine;

/// <summary>
/// The portfolio until the execution layer supplies the real one: the starting cash, no positions. It lets the risk
/// module size decisions against a real balance while nothing is executed.
/// </summary>
public sealed class CashPortfolio(IOptions<EngineOptions> options)
{
    private readonly decimal _cash = options.Value.StartingCashUsdt;

    public PortfolioSnapshot Snapshot(TradingState state) => new(_cash, _cash, 0, 0, 0, 0, state, []);

    public PortfolioView View() => new(_cash, _cash, 0, 0, 0, 0, CashOnly: true, []);
}
