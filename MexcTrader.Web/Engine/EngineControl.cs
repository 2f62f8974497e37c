using System.Collections.Concurrent;
using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk;

namespace MexcTrader.Web.Engine;

/// <summary>What the engine is asked to do globally.</summary>
public enum EngineCommand
{
    Start,
    Pause,
    Stop,
}

/// <summary>
/// Start, pause and stop the engine (globally and per pair) and the kill switch. The UI, the API and the CLI steer
/// through here; <see cref="EngineHost"/> reads the global commands, the pair pipelines read the pair states.
/// </summary>
public sealed class EngineControl(RiskModule risk, EngineStatus status)
{
    private readonly Channel<EngineCommand> _commands = Channel.CreateUnbounded<EngineCommand>(
        new UnboundedChannelOptions { SingleReader = true }
    );
    private readonly ConcurrentDictionary<Symbol, EngineRunState> _pairs = new();
    private bool _paused;

    internal ChannelReader<EngineCommand> Commands => _commands.Reader;

    public EngineView Status => status.Current;

    public void Start() => _commands.Writer.TryWrite(EngineCommand.Start);

    public void Pause() => _commands.Writer.TryWrite(EngineCommand.Pause);

    public void Stop() => _commands.Writer.TryWrite(EngineCommand.Stop);

    /// <summary>Sets a pair running, paused or stopped; fails when the engine does not run that pair.</summary>
    public Result<PairView> SetPair(Symbol symbol, EngineRunState state)
    {
        if (state is not (EngineRunState.Running or EngineRunState.Paused or EngineRunState.Stopped))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A pair can only run, pause or stop.");
        }
        if (!status.Current.Pairs.TryGetValue(symbol.Value, out var pair))
        {
            var known = string.Join(", ", status.Current.Pairs.Keys);
            return Result.Fail<PairView>(
                EngineFailures.UnknownPair,
                $"The engine does not run {symbol}. Pairs in the engine: {(known.Length > 0 ? known : "none")}."
            );
        }
        _pairs[symbol] = state;
        status.SetPair(symbol.Value, pair.Interval, state);
        return Result.Ok(status.Current.Pairs[symbol.Value]);
    }

    /// <summary>How a pair runs now: as it was last set (running by default), paused while the engine is paused.</summary>
    public EngineRunState PairState(Symbol symbol) =>
        _pairs.GetValueOrDefault(symbol, EngineRunState.Running) is var own
        && own == EngineRunState.Running
        && Volatile.Read(ref _paused)
            ? EngineRunState.Paused
            : own;

    internal void SetPaused(bool paused) => Volatile.Write(ref _paused, paused);

    /// <summary>The kill switch: trading state HALTED, nothing new is traded until it is released.</summary>
    public void Kill(string reason)
    {
        var events = risk.SetKillSwitch(true, reason);
        status.RiskChanged(events, risk.State);
    }

    public void ReleaseKillSwitch(string reason)
    {
        var events = risk.SetKillSwitch(false, reason);
        status.RiskChanged(events, risk.State);
    }
}

/// <summary>Failure codes of the engine controls (the API maps them to 404 and 400).</summary>
public static class EngineFailures
{
    public const string UnknownPair = "engine.unknown-pair";
}
