using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Simulator;

/// <summary>What the MEXC wire simulator serves: which market, which account, which credentials, where.</summary>
public sealed record WireSimulatorOptions
{
    /// <summary>Listen address; port 0 picks a free port (the handle reports the real one).</summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    public required string ApiKey { get; init; }

    public required string ApiSecret { get; init; }

    /// <summary>Candles to replay, of one or more symbols; each symbol found here becomes tradable.</summary>
    public required IReadOnlyList<Candle> Candles { get; init; }

    /// <summary>Starting funds per asset, e.g. USDT → 10000.</summary>
    public IReadOnlyDictionary<string, decimal> Balances { get; init; } = new Dictionary<string, decimal>();

    public ReplayOptions Replay { get; init; } = ReplayOptions.AsFastAsPossible;

    /// <summary>False: the market stands still until <see cref="SimulatorHandle.StartReplay"/> (clients connect first).</summary>
    public bool ReplayOnStart { get; init; } = true;

    public SimulatedExchangeOptions Exchange { get; init; } = new();

    /// <summary>Rules per symbol; symbols without an entry get <see cref="SimulatedSymbolRules.ForPair"/> at their first price.</summary>
    public IReadOnlyList<SimulatedSymbolRules> Rules { get; init; } = [];

    /// <summary>Maker and taker fee rates for symbols without explicit <see cref="Rules"/>; null keeps the defaults.</summary>
    public (decimal Maker, decimal Taker)? Fees { get; init; }

    /// <summary>Largest klines page (MEXC's current docs: 500; older docs: 1000).</summary>
    public int KlineLimitMax { get; init; } = 500;

    /// <summary>Clock for request timestamps and /time; the market itself runs on the replay clock.</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;

    public int Seed { get; init; } = 1;
}
