namespace MexcTrader.Core.Indicators.Spec;

/// <summary>Computes one indicator's output columns from the price columns and its parameters.</summary>
public delegate void IndicatorCompute(PriceColumns prices, IReadOnlyList<double> arguments, double[][] outputs);

/// <summary>A TA-Lib function the spec language knows: its name, parameters (TA-Lib order) and outputs.</summary>
public sealed record IndicatorDefinition(
    string Name,
    IReadOnlyList<IndicatorParameter> Parameters,
    IReadOnlyList<string> Outputs,
    IndicatorCompute Compute
)
{
    /// <summary>Usage text such as <c>MACD(fastperiod=12, slowperiod=26, signalperiod=9)</c>.</summary>
    public string Usage =>
        Parameters.Count == 0 ? Name : $"{Name}({string.Join(", ", Parameters.Select(p => p.Usage))})";
}

/// <summary>One parameter with TA-Lib's default and the accepted range.</summary>
public sealed record IndicatorParameter(string Name, double Default, double Min, double Max, bool IsInteger = true)
{
    public string Usage => FormattableString.Invariant($"{Name}={Default}");

    public string Range =>
        IsInteger
            ? FormattableString.Invariant($"an integer from {Min} to {Max}")
            : FormattableString.Invariant($"a number from {Min} to {Max}");

    public bool Accepts(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max && (!IsInteger || value == Math.Floor(value));
}
