namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>Step rounding and decimal-place counting for exchange precision rules.</summary>
internal static class DecimalMath
{
    public static decimal FloorTo(decimal value, decimal step) => step <= 0 ? value : Math.Floor(value / step) * step;

    public static decimal CeilingTo(decimal value, decimal step) =>
        step <= 0 ? value : Math.Ceiling(value / step) * step;

    public static decimal RoundUp(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.ToPositiveInfinity);

    /// <summary>Decimal places actually used, ignoring trailing zeros (1.50 has one).</summary>
    public static int Places(decimal value)
    {
        var normalised = value / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalised)[3] >> 16) & 0xFF;
    }

    public static bool IsMultipleOf(decimal value, decimal step) => step <= 0 || value % step == 0;
}
