using System.Collections.Frozen;

namespace MexcTrader.Core.Indicators.Spec;

/// <summary>The TA-Lib functions the spec language accepts, by TA-Lib name, with TA-Lib's defaults.</summary>
public static partial class IndicatorCatalog
{
    private const double MaxPeriod = 100_000;

    private static readonly FrozenDictionary<string, IndicatorDefinition> ByName = Averages()
        .Concat(Oscillators())
        .Concat(Volatility())
        .Concat(Patterns())
        .ToFrozenDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every supported function, ordered by name.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [.. ByName.Values.OrderBy(d => d.Name, StringComparer.Ordinal)];

    public static bool TryGet(string name, out IndicatorDefinition definition) =>
        ByName.TryGetValue(name, out definition!);

    private static IndicatorParameter Period(string name, double defaultValue, double min = 2) =>
        new(name, defaultValue, min, MaxPeriod);

    private static IndicatorParameter Factor(string name, double defaultValue, double max = 1e6) =>
        new(name, defaultValue, 0, max, IsInteger: false);

    // Our moving averages inside BBANDS, STOCH and STOCHRSI are SMA only (TA-Lib's MAType 0, its default).
    private static IndicatorParameter SmaOnly(string name) => new(name, 0, 0, 0);

    private static int I(IReadOnlyList<double> arguments, int index) => (int)arguments[index];

    private static IndicatorDefinition Single(
        string name,
        IndicatorParameter[] parameters,
        Action<PriceColumns, IReadOnlyList<double>, double[]> compute
    ) => new(name, parameters, ["value"], (p, a, o) => compute(p, a, o[0]));
}
