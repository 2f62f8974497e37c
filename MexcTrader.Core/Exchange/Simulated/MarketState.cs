using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>One pair's replayed market: last price, book, candles so far, recent trades and the depth version.</summary>
internal sealed class MarketState(SimulatedSymbolRules rules, SimulatedExchangeOptions options)
{
    private readonly Queue<MarketTrade> _trades = new();

    public SimulatedSymbolRules Rules { get; } = rules;
    public SyntheticBook Book { get; } = new(rules, options.BookShape);
    public List<SimOrder> Resting { get; } = [];
    public List<Candle> Closed { get; } = [];
    public Candle? Open { get; private set; }
    public decimal? LastPrice { get; private set; }
    public long DepthVersion { get; private set; }

    /// <summary>Set once someone follows this pair's depth stream; null until then (no cost per trade).</summary>
    public DepthJournal? Journal { get; set; }

    public IEnumerable<MarketTrade> Trades => _trades;

    public void BumpVersion() => DepthVersion++;

    public void RecordTrade(MarketTrade trade, Candle? source)
    {
        LastPrice = trade.Price;
        Book.Reset(trade.Price);
        BumpVersion();
        _trades.Enqueue(trade);
        while (_trades.Count > options.PublicTradesKept)
        {
            _trades.Dequeue();
        }
        if (source is null)
        {
            return;
        }
        Open =
            Open is { } open && open.OpenTime == source.OpenTime
                ? open with
                {
                    High = Math.Max(open.High, trade.Price),
                    Low = Math.Min(open.Low, trade.Price),
                    Close = trade.Price,
                    Volume = open.Volume + trade.Quantity,
                    QuoteVolume = open.QuoteVolume + trade.Price * trade.Quantity,
                }
                : source with
                {
                    Open = trade.Price,
                    High = trade.Price,
                    Low = trade.Price,
                    Close = trade.Price,
                    Volume = trade.Quantity,
                    QuoteVolume = trade.Price * trade.Quantity,
                    IsClosed = false,
                };
    }

    public void Close(Candle candle)
    {
        Closed.Add(candle with { IsClosed = true });
        Open = null;
    }
}
