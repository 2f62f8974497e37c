using System.Collections;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>
/// Pairwise correlations of a snapshot's pairs as a packed upper triangle: O(1) <see cref="Between"/> for risk, and
/// the snapshot's <see cref="PairCorrelation"/> list (records made on demand, so building one allocates one array).
/// Unknown correlations (too little or misaligned history, a flat series) are 0.
/// </summary>
public sealed class CorrelationMatrix : IReadOnlyList<PairCorrelation>
{
    private readonly SymbolIndex _index;
    private readonly double[] _upper;

    internal CorrelationMatrix(SymbolIndex index, double[] upper)
    {
        _index = index;
        _upper = upper;
    }

    public static CorrelationMatrix Empty { get; } = new(SymbolIndex.Of([]), []);

    public int Count => _upper.Length;

    public PairCorrelation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var n = _index.Count;
            var i = 0;
            var rowLength = n - 1;
            while (index >= rowLength)
            {
                index -= rowLength;
                i++;
                rowLength--;
            }
            var j = i + 1 + index;
            return new PairCorrelation(_index.Symbols[i], _index.Symbols[j], _upper[Packed(n, i, j)]);
        }
    }

    /// <summary>Correlation of two pairs; 1 for a pair with itself, 0 when either is unknown.</summary>
    public double Between(Symbol a, Symbol b)
    {
        if (!_index.TryGet(a.Value, out var i) || !_index.TryGet(b.Value, out var j))
        {
            return 0;
        }
        if (i == j)
        {
            return 1;
        }
        return i < j ? _upper[Packed(_index.Count, i, j)] : _upper[Packed(_index.Count, j, i)];
    }

    /// <summary>The matrix behind a snapshot's list: itself when the aggregator built it, else rebuilt (e.g. after JSON).</summary>
    public static CorrelationMatrix From(MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Correlations is CorrelationMatrix matrix)
        {
            return matrix;
        }
        var index = SymbolIndex.Of([.. snapshot.Pairs.Select(p => p.Symbol.Value)]);
        var upper = new double[index.Count * (index.Count - 1) / 2];
        foreach (var c in snapshot.Correlations)
        {
            if (index.TryGet(c.SymbolA, out var i) && index.TryGet(c.SymbolB, out var j) && i != j)
            {
                upper[i < j ? Packed(index.Count, i, j) : Packed(index.Count, j, i)] = c.Value;
            }
        }
        return new CorrelationMatrix(index, upper);
    }

    internal static int Packed(int n, int i, int j) => i * (2 * n - i - 1) / 2 + (j - i - 1);

    public IEnumerator<PairCorrelation> GetEnumerator()
    {
        var n = _index.Count;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                yield return new PairCorrelation(_index.Symbols[i], _index.Symbols[j], _upper[Packed(n, i, j)]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Symbols of a snapshot in order with a lookup; immutable, so shared by snapshots of an unchanged pair list.</summary>
internal sealed class SymbolIndex
{
    private readonly Dictionary<string, int> _positions;

    private SymbolIndex(string[] symbols)
    {
        Symbols = symbols;
        _positions = new Dictionary<string, int>(symbols.Length, StringComparer.Ordinal);
        for (var i = 0; i < symbols.Length; i++)
        {
            HasDuplicates |= !_positions.TryAdd(symbols[i], i);
        }
    }

    public bool HasDuplicates { get; }

    public string[] Symbols { get; }
    public int Count => Symbols.Length;

    public static SymbolIndex Of(string[] symbols) => new(symbols);

    public bool TryGet(string symbol, out int position) => _positions.TryGetValue(symbol, out position);
}
