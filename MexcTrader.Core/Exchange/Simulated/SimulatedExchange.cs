using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>
/// An in-process MEXC spot exchange: symbol rules, balances, a matching engine against a synthetic book around the
/// replayed market price, resting orders filled as the market trades through them, and MEXC's fees and statuses.
/// Thread-safe; deterministic for a given seed and sequence of calls.
/// </summary>
public sealed partial class SimulatedExchange
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly SimulatedExchangeOptions _options;
    private readonly Random _ids;
    private readonly Dictionary<Symbol, MarketState> _markets = [];
    private readonly List<SimOrder> _orders = [];
    private readonly Dictionary<string, SimOrder> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimOrder> _byClientId = new(StringComparer.Ordinal);
    private readonly List<UserTrade> _trades = [];
    private readonly EventHub _events = new();
    private readonly Wallet _wallet;

    public SimulatedExchange(TimeProvider clock, SimulatedExchangeOptions? options = null, int seed = 1)
    {
        _clock = clock;
        _options = options ?? new SimulatedExchangeOptions();
        _ids = new Random(seed);
        _wallet = new Wallet(_events.Publish, Now);
    }

    public TimeProvider Clock => _clock;

    /// <summary>A live feed of order, fill and balance events (for the private WebSocket streams).</summary>
    public ExchangeEventSubscription Subscribe() => _events.Subscribe();

    public void AddSymbol(SimulatedSymbolRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        lock (_gate)
        {
            _markets[rules.Symbol] = new MarketState(rules, _options);
        }
    }

    public IReadOnlyList<SimulatedSymbolRules> Symbols()
    {
        lock (_gate)
        {
            return [.. _markets.Values.Select(m => m.Rules).OrderBy(r => r.Symbol.Value, StringComparer.Ordinal)];
        }
    }

    public SimulatedSymbolRules? RulesOf(Symbol symbol)
    {
        lock (_gate)
        {
            return _markets.GetValueOrDefault(symbol)?.Rules;
        }
    }

    /// <summary>Adds funds to the account (the simulator's only way in: there are no deposits on the wire).</summary>
    public void Deposit(string asset, decimal amount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(asset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        lock (_gate)
        {
            _wallet.Change(asset.ToUpperInvariant(), amount, 0, "DEPOSIT");
        }
    }

    public IReadOnlyList<AssetBalance> Balances()
    {
        lock (_gate)
        {
            return _wallet.All();
        }
    }

    public AssetBalance Balance(string asset) =>
        Balances().FirstOrDefault(b => b.Asset == asset) ?? new AssetBalance(asset, 0, 0);

    private DateTimeOffset Now() => _clock.GetUtcNow();

    private string NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _ids.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
