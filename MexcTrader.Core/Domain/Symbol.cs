using System.Diagnostics.CodeAnalysis;

namespace MexcTrader.Core.Domain;

/// <summary>An exchange pair such as BTCUSDT: upper-case letters and digits, as MEXC spells it.</summary>
public readonly record struct Symbol
{
    public const int MaxLength = 20;

    public Symbol(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid symbol: use 2-{MaxLength} upper-case letters or digits, such as BTCUSDT.",
                nameof(value)
            );
        }
        Value = value;
    }

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Symbol? symbol)
    {
        var candidate = text?.Trim().ToUpperInvariant();
        symbol = candidate is not null && IsValid(candidate) ? new Symbol(candidate) : null;
        return symbol is not null;
    }

    private static bool IsValid(string? value) =>
        value is { Length: >= 2 and <= MaxLength } && value.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

    public override string ToString() => Value;
}
