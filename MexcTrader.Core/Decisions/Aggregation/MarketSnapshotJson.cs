using System.Text.Json;
using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>Writes a snapshot in the JSON form of <see cref="MarketSnapshotSchema"/> (for recordings and prompts).</summary>
public static class MarketSnapshotJson
{
    public static string Serialize(MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, snapshot);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter json, MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(snapshot);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", snapshot.SchemaVersion);
        json.WriteNumber("cycleId", snapshot.CycleId);
        json.WriteString("time", snapshot.Time.ToUniversalTime());
        json.WriteStartArray("pairs");
        foreach (var pair in snapshot.Pairs)
        {
            WritePair(json, pair);
        }
        json.WriteEndArray();
        WritePortfolio(json, snapshot.Portfolio);
        json.WriteStartArray("correlations");
        foreach (var c in snapshot.Correlations)
        {
            json.WriteStartObject();
            json.WriteString("symbolA", c.SymbolA);
            json.WriteString("symbolB", c.SymbolB);
            json.WriteNumber("value", c.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter json, PairSnapshot pair)
    {
        json.WriteStartObject();
        json.WriteString("symbol", pair.Symbol.Value);
        var p = pair.Price;
        json.WriteStartObject("price");
        json.WriteNumber("lastClose", p.LastClose);
        json.WriteString("lastCloseTime", p.LastCloseTime.ToUniversalTime());
        json.WriteNumber("return1", p.Return1);
        json.WriteNumber("returnShort", p.ReturnShort);
        json.WriteNumber("returnLong", p.ReturnLong);
        Nullable(json, "rangeHigh", p.RangeHigh);
        Nullable(json, "rangeLow", p.RangeLow);
        json.WriteNumber("atrFraction", p.AtrFraction);
        json.WriteNumber("volumeRatio", p.VolumeRatio);
        json.WriteEndObject();
        json.WriteStartObject("indicators");
        foreach (var (name, value) in pair.Indicators)
        {
            json.WriteNumber(name, value);
        }
        json.WriteEndObject();
        json.WriteStartArray("signals");
        foreach (var s in pair.Signals)
        {
            json.WriteStartObject();
            json.WriteString("agentId", s.AgentId);
            json.WriteNumber("agentVersion", s.AgentVersion);
            json.WriteString("time", s.Time.ToUniversalTime());
            json.WriteNumber("score", s.Score);
            json.WriteNumber("confidence", s.Confidence);
            json.WriteString("rationale", s.Rationale);
            Nullable(json, "hitRate", s.HitRate);
            json.WriteNumber("scored", s.Scored);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePortfolio(Utf8JsonWriter json, PortfolioSnapshot p)
    {
        json.WriteStartObject("portfolio");
        json.WriteNumber("cash", p.Cash);
        json.WriteNumber("equity", p.Equity);
        json.WriteNumber("exposure", p.Exposure);
        json.WriteNumber("realisedPnl", p.RealisedPnl);
        json.WriteNumber("unrealisedPnl", p.UnrealisedPnl);
        json.WriteNumber("drawdown", p.Drawdown);
        json.WriteString("tradingState", p.TradingState.ToString());
        json.WriteStartArray("positions");
        foreach (var position in p.Positions)
        {
            json.WriteStartObject();
            json.WriteString("symbol", position.Symbol.Value);
            json.WriteNumber("quantity", position.Quantity);
            json.WriteNumber("averagePrice", position.AveragePrice);
            json.WriteNumber("marketValue", position.MarketValue);
            json.WriteNumber("unrealisedPnl", position.UnrealisedPnl);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>NaN (unknown) is written as null: JSON has no NaN.</summary>
    private static void Nullable(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
