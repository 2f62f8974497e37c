namespace MexcTrader.Web.Simulator.WebSocket;

/// <summary>Faults of the simulator's /ws: dropped connections and malformed frames, set by tests.</summary>
public sealed class WebSocketFaults
{
    private readonly Random _random;
    private int _malformed;
    private int _skipBars;
    private int _skipDepth;

    internal WebSocketFaults(int seed) => _random = new Random(seed);

    /// <summary>Chance per pushed frame that the connection it goes to is dropped (0 = never).</summary>
    public double DropProbability { get; set; }

    /// <summary>Sends this many garbage frames next, one per push, in place of nothing (real pushes still follow).</summary>
    public void InjectMalformed(int count) => Interlocked.Add(ref _malformed, count);

    /// <summary>
    /// Leaves out every kline push of the next <paramref name="count"/> bars that open (any symbol) while the
    /// connection stays up: the client sees the following bar open without the skipped one ever closing.
    /// </summary>
    public void SkipKlineBars(int count) => Interlocked.Add(ref _skipBars, count);

    /// <summary>Leaves out the next <paramref name="count"/> book changes on the depth stream: a version gap.</summary>
    public void SkipDepthChanges(int count) => Interlocked.Add(ref _skipDepth, count);

    internal bool TakeMalformed() => TakeOne(ref _malformed);

    internal bool TakeSkippedDepth() => TakeOne(ref _skipDepth);

    internal bool TakeSkippedBar() => TakeOne(ref _skipBars);

    private static bool TakeOne(ref int counter)
    {
        var left = Volatile.Read(ref counter);
        while (left > 0)
        {
            var seen = Interlocked.CompareExchange(ref counter, left - 1, left);
            if (seen == left)
            {
                return true;
            }
            left = seen;
        }
        return false;
    }

#pragma warning disable CA5394 // fault injection, not security
    internal bool RollDrop()
    {
        var p = DropProbability;
        if (p <= 0)
        {
            return false;
        }
        lock (_random)
        {
            return _random.NextDouble() < p;
        }
    }
#pragma warning restore CA5394
}
