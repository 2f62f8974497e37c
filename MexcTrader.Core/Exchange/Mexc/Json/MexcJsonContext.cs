using System.Text.Json.Serialization;

namespace MexcTrader.Core.Exchange.Mexc.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [
        typeof(FlexibleDecimalConverter),
        typeof(FlexibleNullableDecimalConverter),
        typeof(FlexibleLongConverter),
        typeof(FlexibleNullableLongConverter),
        typeof(FlexibleStringConverter),
    ]
)]
[JsonSerializable(typeof(WireError))]
[JsonSerializable(typeof(WireServerTime))]
[JsonSerializable(typeof(WireWrapped<List<string>>))]
[JsonSerializable(typeof(WireExchangeInfo))]
[JsonSerializable(typeof(WireDepth))]
[JsonSerializable(typeof(List<WireTrade>))]
[JsonSerializable(typeof(List<WireAggTrade>))]
[JsonSerializable(typeof(List<decimal[]>))]
[JsonSerializable(typeof(WireTicker24h))]
[JsonSerializable(typeof(List<WireTicker24h>))]
[JsonSerializable(typeof(WirePriceTicker))]
[JsonSerializable(typeof(List<WirePriceTicker>))]
[JsonSerializable(typeof(WireBookTicker))]
[JsonSerializable(typeof(List<WireBookTicker>))]
[JsonSerializable(typeof(WireOrderAck))]
[JsonSerializable(typeof(WireOrder))]
[JsonSerializable(typeof(List<WireOrder>))]
[JsonSerializable(typeof(List<WireMyTrade>))]
[JsonSerializable(typeof(WireAccount))]
[JsonSerializable(typeof(WireListenKey))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class MexcJsonContext : JsonSerializerContext;
