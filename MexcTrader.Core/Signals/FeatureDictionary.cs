using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MexcTrader.Core.Signals;

/// <summary>
/// A read-only name → value map over a shared key list and one value array: an agent emitting the same features on
/// every signal allocates one array, not a hash table. NaN values count as absent (not serialised, not listed).
/// </summary>
public sealed class FeatureDictionary(IReadOnlyList<string> keys, double[] values) : IReadOnlyDictionary<string, double>
{
    public double this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No feature '{key}'.");

    public IEnumerable<string> Keys => this.Select(p => p.Key);
    public IEnumerable<double> Values => this.Select(p => p.Value);
    public int Count => values.Count(double.IsFinite);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal) && double.IsFinite(values[i]))
            {
                value = values[i];
                return true;
            }
        }
        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (double.IsFinite(values[i]))
            {
                yield return new KeyValuePair<string, double>(keys[i], values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
