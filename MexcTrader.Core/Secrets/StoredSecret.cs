namespace MexcTrader.Core.Secrets;

/// <summary>A secret at rest: the protected (encrypted) value and its masked hint, never the plain value.</summary>
public sealed class StoredSecret
{
    public required string Name { get; init; }

    public required string Protected { get; set; }

    public required string Masked { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
