namespace MexcTrader.Core.Domain;

/// <summary>An expected failure, returned as a value: a code for programs and a message for people.</summary>
public sealed record Failure(string Code, string Message, bool IsTransient = false)
{
    public override string ToString() => $"{Code}: {Message}";
}
