using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk;
using MexcTrader.Web.Engine;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MexcTrader.Web.Components.Pages.Overview;

/// <summary>The trading desk at a glance; follows <see cref="EngineStatus"/> live, no reload.</summary>
public partial class OverviewPage
{
    private static readonly string[] PortfolioBreakers =
    [
        RiskBreakerNames.KillSwitch,
        RiskBreakerNames.MaxDrawdown,
        RiskBreakerNames.DailyLoss,
    ];

    private EngineViewSubscription? _subscription;
    private bool _confirmKill;

    [Inject]
    private EngineStatus Status { get; set; } = default!;

    [Inject]
    private EngineControl Control { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private EngineView View => _subscription?.View ?? Status.Current;

    private bool KillEngaged => View.Breakers.TryGetValue(RiskBreakerNames.KillSwitch, out var b) && b.Tripped;

    // execution is not wired yet, so there are no open orders to cancel
    private static string CancelsOrders => "";

    protected override void OnInitialized() =>
        _subscription = new EngineViewSubscription(
            Status,
            Clock,
            InvokeAsync,
            () =>
            {
                StateHasChanged();
                return Task.CompletedTask;
            }
        );

    private void Kill()
    {
        _confirmKill = false;
        Control.Kill("kill switch pressed on the Overview page");
    }

    private void Release() => Control.ReleaseKillSwitch("kill switch released on the Overview page");

    private void SetPair(string symbol, EngineRunState state) => Control.SetPair(new Symbol(symbol), state);

    /// <summary>The portfolio breakers always, per-pair ones (cooldowns, volatility halts) once they have fired.</summary>
    private IEnumerable<(string Name, bool Tripped, string Detail)> BreakerRows()
    {
        foreach (var name in PortfolioBreakers)
        {
            yield return View.Breakers.TryGetValue(name, out var b) ? (name, b.Tripped, b.Detail) : (name, false, "");
        }
        foreach (var b in View.Breakers.Values.Where(b => b.Symbol is not null))
        {
            yield return ($"{b.Breaker} {b.Symbol}", b.Tripped, b.Detail);
        }
    }

    private static Color StateColor(EngineRunState state) =>
        state switch
        {
            EngineRunState.Running => Color.Success,
            EngineRunState.Paused or EngineRunState.Starting => Color.Warning,
            EngineRunState.Faulted => Color.Error,
            _ => Color.Default,
        };

    private static Color TradingColor(TradingState state) =>
        state switch
        {
            TradingState.Active => Color.Success,
            TradingState.Reducing => Color.Warning,
            _ => Color.Error,
        };

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture) + " USDT";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _subscription?.Dispose();
        }
        base.Dispose(disposing);
    }
}
