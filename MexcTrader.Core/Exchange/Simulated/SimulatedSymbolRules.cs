using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>MEXC's trading rules for one spot pair, as exchangeInfo reports them (section 7 of the MEXC spec).</summary>
/// <param name="BaseSizePrecision">Quantity step and minimum; 0 means only <paramref name="BaseAssetPrecision"/> applies.</param>
/// <param name="MinQuoteAmount">Minimum order value of limit-type orders (quoteAmountPrecision).</param>
/// <param name="MinQuoteAmountMarket">Minimum order value of market orders (quoteAmountPrecisionMarket).</param>
/// <param name="MakerCommission">Fee rate as a fraction (0.0005 = 0.05 %).</param>
public sealed record SimulatedSymbolRules(
    Symbol Symbol,
    string BaseAsset,
    string QuoteAsset,
    int BaseAssetPrecision,
    int QuotePrecision,
    decimal BaseSizePrecision,
    decimal MinQuoteAmount,
    decimal MinQuoteAmountMarket,
    decimal MaxQuoteAmount,
    decimal MaxQuoteAmountMarket,
    decimal MakerCommission,
    decimal TakerCommission
)
{
    public bool SpotTradingAllowed { get; init; } = true;

    public int BaseCommissionPrecision => BaseAssetPrecision;

    public int QuoteCommissionPrecision => QuotePrecision;

    public decimal Tick => Pow10(-QuotePrecision);

    /// <summary>Rules for a quote-USDT pair shaped like MEXC's BTCUSDT, with price decimals fitted to a reference price.</summary>
    public static SimulatedSymbolRules ForPair(Symbol symbol, decimal referencePrice, string quoteAsset = "USDT")
    {
        ArgumentNullException.ThrowIfNull(quoteAsset);
        if (!symbol.Value.EndsWith(quoteAsset, StringComparison.Ordinal) || symbol.Value.Length <= quoteAsset.Length)
        {
            throw new ArgumentException($"{symbol} is not quoted in {quoteAsset}.", nameof(symbol));
        }
        // about 6 significant digits of price, as MEXC lists (BTC 2 decimals at ~90000, ETH 2 at ~3000)
        var magnitude = referencePrice <= 0 ? 0 : (int)Math.Floor(Math.Log10((double)referencePrice));
        var quotePrecision = Math.Clamp(5 - magnitude, 2, 10);
        var basePrecision = Math.Clamp(magnitude + 4, 2, 8);
        return new SimulatedSymbolRules(
            symbol,
            symbol.Value[..^quoteAsset.Length],
            quoteAsset,
            basePrecision,
            quotePrecision,
            Pow10(-Math.Min(basePrecision, 6)),
            MinQuoteAmount: 1m,
            MinQuoteAmountMarket: 1m,
            MaxQuoteAmount: 4_000_000m,
            MaxQuoteAmountMarket: 4_000_000m,
            MakerCommission: 0m,
            TakerCommission: 0.0005m
        );
    }

    internal static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            value = exponent < 0 ? value / 10m : value * 10m;
        }
        return value;
    }
}
