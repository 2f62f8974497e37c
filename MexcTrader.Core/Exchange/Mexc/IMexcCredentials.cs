namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>Supplies the MEXC API key pair for signed calls; null when none is configured.</summary>
public interface IMexcCredentials
{
    ValueTask<MexcApiKey?> GetAsync(CancellationToken ct);
}

/// <summary>An API access key and its secret; never printed in full.</summary>
public sealed record MexcApiKey(string AccessKey, string SecretKey)
{
    public override string ToString() =>
        $"MexcApiKey {{ AccessKey = {(AccessKey.Length > 6 ? AccessKey[..6] + "…" : "…")}, SecretKey = *** }}";
}

/// <summary>Credentials fixed at construction (tests, the wire simulator's demo key).</summary>
public sealed class StaticMexcCredentials(MexcApiKey? key) : IMexcCredentials
{
    public ValueTask<MexcApiKey?> GetAsync(CancellationToken ct) => ValueTask.FromResult(key);
}
