using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Outcomes;

/// <summary>
/// Holds signals until their horizon has passed, then scores them from the closes that followed. Feed every closed
/// candle of each pair (in order); a signal is scored by the first candle that closes at or after its horizon end,
/// using the close of that candle's predecessor when it overshoots (a gap), so the exit never lies past the horizon.
/// </summary>
public sealed class SignalOutcomeTracker(double neutralBand = 0.05)
{
    private readonly Dictionary<Symbol, PairBook> _pairs = [];

    /// <summary>Starts tracking; <paramref name="entryPrice"/> is the close the signal was formed on.</summary>
    public void Track(Signal signal, double entryPrice)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(entryPrice);
        Book(signal.Symbol).Pending.Add((signal, entryPrice));
    }

    /// <summary>Advances time for <paramref name="symbol"/> with a closed candle; returns the signals it scored.</summary>
    public IReadOnlyList<SignalOutcome> OnCandleClosed(Symbol symbol, DateTimeOffset closeTime, double close)
    {
        var book = Book(symbol);
        List<SignalOutcome>? scored = null;
        for (var i = book.Pending.Count - 1; i >= 0; i--)
        {
            var (signal, entry) = book.Pending[i];
            var due = signal.Time + signal.Horizon;
            if (closeTime < due)
            {
                continue;
            }
            var exit =
                closeTime == due || book.LastCloseTime is not { } previous || previous <= signal.Time
                    ? close
                    : book.LastClose;
            var ret = exit / entry - 1;
            bool? hit =
                Math.Abs(signal.Score) < neutralBand ? null : Math.Sign(ret) == Math.Sign(signal.Score) && ret != 0;
            (scored ??= []).Add(new SignalOutcome(signal, entry, exit, ret, hit));
            book.Pending.RemoveAt(i);
        }
        book.LastCloseTime = closeTime;
        book.LastClose = close;
        return scored is null ? [] : [.. scored.OrderBy(o => o.Signal.Time)];
    }

    public int PendingCount => _pairs.Values.Sum(p => p.Pending.Count);

    private PairBook Book(Symbol symbol)
    {
        if (!_pairs.TryGetValue(symbol, out var book))
        {
            book = new PairBook();
            _pairs.Add(symbol, book);
        }
        return book;
    }

    private sealed class PairBook
    {
        public List<(Signal Signal, double Entry)> Pending { get; } = [];
        public DateTimeOffset? LastCloseTime { get; set; }
        public double LastClose { get; set; }
    }
}
