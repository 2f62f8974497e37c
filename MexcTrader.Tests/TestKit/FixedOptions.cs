using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.TestKit;

/// <summary>An <see cref="IOptionsMonitor{T}"/> over one instance that tests may change in place.</summary>
public sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
