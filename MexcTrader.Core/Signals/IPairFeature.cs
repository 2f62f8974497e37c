namespace MexcTrader.Core.Signals;

/// <summary>Streaming state kept with a pair (indicators, pivots) and advanced once per closed candle.</summary>
public interface IPairFeature
{
    void Update(in Bar bar);
}
