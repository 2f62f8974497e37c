using System.Security.Cryptography;
using System.Text;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>MEXC request signing: lower-case hex HMAC-SHA256 of the query string followed by the body.</summary>
public static class MexcSigner
{
    public const string ApiKeyHeader = "X-MEXC-APIKEY";

    /// <summary>Signs exactly the bytes that travel: the encoded query (no '?') then the body, no separator.</summary>
    public static string Sign(string secretKey, string query, string? body = null)
    {
        ArgumentNullException.ThrowIfNull(secretKey);
        ArgumentNullException.ThrowIfNull(query);
        var total = body is null ? query : query + body;
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(total), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Appends recvWindow and timestamp, signs, and returns the query with the signature last.</summary>
    public static string SignQuery(MexcQuery parameters, string secretKey, long timestampMs, int recvWindowMs)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var query = parameters.Copy().Add("recvWindow", recvWindowMs).Add("timestamp", timestampMs).ToString();
        return query + "&signature=" + Sign(secretKey, query);
    }
}
