using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Signals;

/// <summary>A closed candle in <c>double</c>, the form signal maths uses (converted once, at the agent boundary).</summary>
public readonly record struct Bar(
    DateTimeOffset OpenTime,
    double Open,
    double High,
    double Low,
    double Close,
    double Volume
)
{
    public static Bar From(Candle candle) =>
        new(
            candle.OpenTime,
            (double)candle.Open,
            (double)candle.High,
            (double)candle.Low,
            (double)candle.Close,
            (double)candle.Volume
        );
}
