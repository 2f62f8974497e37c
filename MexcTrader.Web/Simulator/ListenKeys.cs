using System.Security.Cryptography;

namespace MexcTrader.Web.Simulator;

/// <summary>User data stream keys: valid 60 minutes after creation or the last keep-alive (spec 11.1).</summary>
public sealed class ListenKeys(TimeProvider clock)
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(60);
    private const int MaxKeys = 60;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);

    public string? Create()
    {
        lock (_gate)
        {
            Purge();
            if (_expiry.Count >= MaxKeys)
            {
                return null;
            }
            var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            _expiry[key] = clock.GetUtcNow() + Validity;
            return key;
        }
    }

    public IReadOnlyList<string> Valid()
    {
        lock (_gate)
        {
            Purge();
            return [.. _expiry.Keys];
        }
    }

    public bool IsValid(string key)
    {
        lock (_gate)
        {
            Purge();
            return _expiry.ContainsKey(key);
        }
    }

    public bool KeepAlive(string key)
    {
        lock (_gate)
        {
            Purge();
            if (!_expiry.ContainsKey(key))
            {
                return false;
            }
            _expiry[key] = clock.GetUtcNow() + Validity;
            return true;
        }
    }

    public bool Delete(string key)
    {
        lock (_gate)
        {
            return _expiry.Remove(key);
        }
    }

    private void Purge()
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _expiry.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            _expiry.Remove(expired);
        }
    }
}
