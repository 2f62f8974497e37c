using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Risk.Settings;

/// <summary>All risk limits: portfolio-wide ones, the per-pair default, and per-pair overrides by symbol.</summary>
public sealed record RiskSettings
{
    public PortfolioLimits Portfolio { get; init; } = new();
    public PairLimits Default { get; init; } = new();

    /// <summary>Per-pair limits replacing <see cref="Default"/> for that pair, keyed by symbol (BTCUSDT).</summary>
    public IReadOnlyDictionary<string, PairLimits> Pairs { get; init; } =
        new Dictionary<string, PairLimits>(StringComparer.Ordinal);

    public PairLimits For(Symbol symbol) => Pairs.TryGetValue(symbol.Value, out var own) ? own : Default;

    /// <summary>Every problem with the settings, each a sentence naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var p = Portfolio;
        Fraction(problems, "Max exposure", p.MaxExposure, allowZero: false, max: 1);
        if (p.MaxOpenPositions < 1)
        {
            problems.Add($"Max open positions must be 1 or more (is {p.MaxOpenPositions}).");
        }
        Fraction(problems, "Max correlation", p.MaxCorrelation, allowZero: true, max: 1);
        Fraction(problems, "Max drawdown", p.MaxDrawdown, allowZero: true, max: 1);
        Fraction(problems, "Daily loss limit", p.DailyLossLimit, allowZero: true, max: 1);
        Fraction(problems, "Cash reserve", p.CashReserve, allowZero: true, max: 0.5);
        if (p.StopOutCooldown < TimeSpan.Zero)
        {
            problems.Add("Stop-out cooldown must not be negative.");
        }
        if (!Enum.IsDefined(p.CorrelationMode))
        {
            problems.Add($"Correlation mode {p.CorrelationMode} is unknown.");
        }
        Check(problems, "default", Default);
        foreach (var (symbol, limits) in Pairs)
        {
            if (!Symbol.TryParse(symbol, out var parsed) || parsed.Value.Value != symbol)
            {
                problems.Add($"Per-pair limits: '{symbol}' is not a symbol such as BTCUSDT.");
            }
            Check(problems, symbol, limits);
        }
        return problems;
    }

    private static void Check(List<string> problems, string scope, PairLimits l)
    {
        var prefix = $"Pair limits ({scope}): ";
        var before = problems.Count;
        if (!Enum.IsDefined(l.Sizing))
        {
            problems.Add($"sizing method {l.Sizing} is unknown.");
        }
        if (!Enum.IsDefined(l.ExitUnit))
        {
            problems.Add($"exit unit {l.ExitUnit} is unknown.");
        }
        Fraction(problems, "fraction", l.Fraction, allowZero: false, max: 1);
        Fraction(problems, "volatility target", l.VolatilityTarget, allowZero: false, max: 1);
        Fraction(problems, "Kelly fraction", l.KellyFraction, allowZero: false, max: 1);
        Fraction(problems, "Kelly cap", l.KellyCap, allowZero: false, max: 1);
        Fraction(problems, "max position fraction", l.MaxPositionFraction, allowZero: true, max: 1);
        Fraction(problems, "max allocation", l.MaxAllocation, allowZero: false, max: 1);
        Fraction(problems, "volatility halt ATR fraction", l.VolatilityHaltAtrFraction, allowZero: true, max: 1);
        Fraction(problems, "reduce fraction", l.ReduceFraction, allowZero: false, max: 1);
        if (l.MaxPositionQuote < 0)
        {
            problems.Add($"max position quote value must not be negative (is {l.MaxPositionQuote}).");
        }
        var priceMax = l.ExitUnit == ExitUnit.FractionOfPrice ? 1 : 100;
        Positive(problems, "stop-loss", l.StopLoss, l.ExitUnit == ExitUnit.FractionOfPrice ? 0.999 : priceMax);
        Positive(problems, "take-profit", l.TakeProfit, priceMax * 10.0);
        Positive(problems, "trailing stop", l.TrailingStop, l.ExitUnit == ExitUnit.FractionOfPrice ? 0.999 : priceMax);
        for (var i = before; i < problems.Count; i++)
        {
            problems[i] = prefix + problems[i];
        }
    }

    private static void Fraction(List<string> problems, string name, double value, bool allowZero, double max)
    {
        var low = allowZero ? value < 0 : value <= 0;
        if (!double.IsFinite(value) || low || value > max)
        {
            var range = allowZero ? $"between 0 and {Text(max)}" : $"above 0 and at most {Text(max)}";
            problems.Add($"{name} must be {range} (is {Text(value)}).");
        }
    }

    private static void Positive(List<string> problems, string name, double value, double max)
    {
        if (!double.IsFinite(value) || value <= 0 || value > max)
        {
            problems.Add($"{name} distance must be above 0 and at most {Text(max)} (is {Text(value)}).");
        }
    }

    private static string Text(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
