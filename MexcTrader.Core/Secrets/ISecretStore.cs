using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Secrets;

/// <summary>Exchange and LLM keys, encrypted at rest. Values leave only through <see cref="GetAsync"/> (for the
/// component that signs or authenticates with them); everything shown to people is <see cref="SecretInfo.Masked"/>.</summary>
public interface ISecretStore
{
    /// <summary>The plain value; failures <see cref="SecretFailures.NotFound"/> or <see cref="SecretFailures.Unreadable"/>.</summary>
    Task<Result<string>> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Stores or replaces a value; <see cref="SecretFailures.InvalidName"/> or <see cref="SecretFailures.EmptyValue"/> on bad input.</summary>
    Task<Result<SecretInfo>> SetAsync(string name, string value, CancellationToken cancellationToken);

    /// <summary>True when something was deleted.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every stored secret, masked, by name.</summary>
    Task<IReadOnlyList<SecretInfo>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>A stored secret as it may be shown: its name and a masked hint such as <c>sk-…1234</c>.</summary>
public sealed record SecretInfo(string Name, string Masked, DateTimeOffset UpdatedAt);
