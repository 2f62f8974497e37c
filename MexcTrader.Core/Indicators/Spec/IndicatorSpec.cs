namespace MexcTrader.Core.Indicators.Spec;

/// <summary>One parsed item of an indicator spec such as <c>BBANDS(20,2,2)</c>, with every parameter filled in.</summary>
/// <param name="Label">The item as the user wrote it (spaces removed); it names the output columns.</param>
/// <param name="Arguments">All parameters in TA-Lib order, defaults filled in for the omitted trailing ones.</param>
public sealed record IndicatorSpec(IndicatorDefinition Definition, string Label, IReadOnlyList<double> Arguments)
{
    /// <summary>Column names: the label for a single output, <c>label.output</c> for several.</summary>
    public IReadOnlyList<string> ColumnNames =>
        Definition.Outputs.Count == 1 ? [Label] : [.. Definition.Outputs.Select(o => $"{Label}.{o}")];
}
