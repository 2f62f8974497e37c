namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>Free and locked amounts per asset; every change is reported so the account stream can push it.</summary>
internal sealed class Wallet(Action<BalanceChanged> changed, Func<DateTimeOffset> now)
{
    private readonly SortedDictionary<string, (decimal Free, decimal Locked)> _assets = new(StringComparer.Ordinal);

    public decimal Free(string asset) => _assets.GetValueOrDefault(asset).Free;

    public IReadOnlyList<AssetBalance> All() =>
        [.. _assets.Select(a => new AssetBalance(a.Key, a.Value.Free, a.Value.Locked))];

    public void Change(string asset, decimal freeChange, decimal lockedChange, string reason)
    {
        if (freeChange == 0 && lockedChange == 0)
        {
            return;
        }
        var (free, locked) = _assets.GetValueOrDefault(asset);
        free += freeChange;
        locked += lockedChange;
        if (free < 0 || locked < 0)
        {
            throw new InvalidOperationException(
                $"Balance of {asset} would go negative ({free} free, {locked} locked)."
            );
        }
        _assets[asset] = (free, locked);
        changed(new BalanceChanged(new AssetBalance(asset, free, locked), freeChange, lockedChange, reason, now()));
    }
}
