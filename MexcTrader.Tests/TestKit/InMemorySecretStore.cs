using System.Collections.Concurrent;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Secrets;

namespace MexcTrader.Tests.TestKit;

/// <summary>A plain in-memory <see cref="ISecretStore"/> for tests that need a key but not encryption.</summary>
public sealed class InMemorySecretStore : ISecretStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public Task<Result<string>> GetAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(
            _values.TryGetValue(name, out var value)
                ? Result.Ok(value)
                : Result.Fail<string>(SecretFailures.NotFound, $"No secret named '{name}' is stored.")
        );

    public Task<Result<SecretInfo>> SetAsync(string name, string value, CancellationToken cancellationToken)
    {
        _values[name] = value;
        return Task.FromResult(Result.Ok(new SecretInfo(name, SecretMask.Mask(value), DateTimeOffset.UnixEpoch)));
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryRemove(name, out _));

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_values.ContainsKey(name));

    public Task<IReadOnlyList<SecretInfo>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SecretInfo>>([
            .. _values
                .OrderBy(p => p.Key)
                .Select(p => new SecretInfo(p.Key, SecretMask.Mask(p.Value), DateTimeOffset.UnixEpoch)),
        ]);
}
