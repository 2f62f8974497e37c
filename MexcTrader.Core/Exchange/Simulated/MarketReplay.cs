using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>
/// Replays stored candles of several pairs into a <see cref="SimulatedExchange"/> on a <see cref="ReplayClock"/>,
/// in time order, at a chosen speed; <see cref="Step"/> drives it by hand in tests.
/// </summary>
public sealed class MarketReplay
{
    private readonly SimulatedExchange _exchange;
    private readonly ReplayClock _clock;
    private readonly ReplayOptions _options;
    private readonly ReplayStep[] _steps;
    private int _next;

    public MarketReplay(
        SimulatedExchange exchange,
        ReplayClock clock,
        IEnumerable<Candle> candles,
        ReplayOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(candles);
        _exchange = exchange;
        _clock = clock;
        _options = options;
        // closes sort before trades at the same instant: a candle ends before the next one opens
        _steps =
        [
            .. candles
                .SelectMany(c => CandlePath.Steps(c, c.Interval.NextOpen(c.OpenTime) - c.OpenTime))
                .OrderBy(s => s.Time)
                .ThenBy(s => s.Closes ? 0 : 1)
                .ThenBy(s => s.Candle.Symbol.Value, StringComparer.Ordinal),
        ];
        if (_steps.Length > 0)
        {
            _clock.AdvanceTo(_steps[0].Time);
        }
    }

    /// <summary>Raised after each replayed step on the replay's thread (the wire simulator's WebSocket pushes).</summary>
    public event Action<ReplayTick>? Stepped;

    /// <summary>
    /// Awaited before each unpaced step: lets the consumers of <see cref="Stepped"/> (the simulator's WebSocket
    /// pushes) hold an as-fast-as-possible replay back to the pace they can send at, instead of queueing without end.
    /// </summary>
    public Func<CancellationToken, ValueTask>? BackPressure { get; set; }

    public int TotalSteps => _steps.Length;

    public int StepsDone => Volatile.Read(ref _next);

    public bool IsFinished => StepsDone >= _steps.Length;

    /// <summary>Replays the next market event; false once everything has been replayed.</summary>
    public bool Step()
    {
        var index = Interlocked.Increment(ref _next) - 1;
        if (index >= _steps.Length)
        {
            Interlocked.Exchange(ref _next, _steps.Length);
            return false;
        }
        var step = _steps[index];
        _clock.AdvanceTo(step.Time);
        if (step.Closes)
        {
            _exchange.CloseCandle(step.Candle);
        }
        else
        {
            _exchange.ApplyMarketTrade(step.Candle.Symbol, step.Price, step.Quantity, step.Candle);
        }
        Stepped?.Invoke(new ReplayTick(step.Candle, step.Price, step.Quantity, step.Closes, step.Time));
        return true;
    }

    /// <summary>Replays the warm-up candles at once, then the rest at the configured speed, until done or cancelled.</summary>
    public async Task RunAsync(TimeProvider wallClock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wallClock);
        WarmUp();
        while (!IsFinished)
        {
            ct.ThrowIfCancellationRequested();
            if (_options.Speed is { } speed && speed > 0)
            {
                var wait = (_steps[StepsDone].Time - _clock.GetUtcNow()) / speed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, wallClock, ct).ConfigureAwait(false);
                }
            }
            else
            {
                if (BackPressure is { } wait)
                {
                    await wait(ct).ConfigureAwait(false);
                }
                if (StepsDone % 4096 == 0)
                {
                    await Task.Yield();
                }
            }
            Step();
        }
    }

    private void WarmUp()
    {
        if (_options.WarmupCandles <= 0)
        {
            return;
        }
        var closed = new Dictionary<Symbol, int>();
        while (!IsFinished)
        {
            var step = _steps[StepsDone];
            if (!step.Closes && closed.GetValueOrDefault(step.Candle.Symbol) >= _options.WarmupCandles)
            {
                return;
            }
            Step();
            if (step.Closes)
            {
                closed[step.Candle.Symbol] = closed.GetValueOrDefault(step.Candle.Symbol) + 1;
            }
        }
    }
}
