using System.Security.Cryptography;
using System.Text;

namespace MexcTrader.Web.Simulator;

/// <summary>MEXC's checks on a SIGNED request: API key header, signature, timestamp and recvWindow (spec 3 and 13).</summary>
internal sealed class RequestAuthenticator(WireSimulatorOptions options)
{
    public const string ApiKeyHeader = "X-MEXC-APIKEY";
    private const long DefaultRecvWindow = 5_000;
    private const long MaxRecvWindow = 60_000;
    private const long FutureTolerance = 1_000;

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.ApiSecret);

    /// <summary>Null when the request may proceed, else the MEXC error to answer with.</summary>
    public WireError? Check(HttpRequest request, WireRequest parameters)
    {
        var key = request.Headers[ApiKeyHeader].ToString();
        if (key.Length == 0)
        {
            return new WireError(400, "api key required");
        }
        if (
            !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(key),
                Encoding.UTF8.GetBytes(options.ApiKey)
            )
        )
        {
            return new WireError(10072, "Api key info invalid");
        }
        if (parameters.Signature is null)
        {
            return WireError.Missing("signature");
        }
        if (!parameters.TryLong("recvWindow", out var recvWindow) || recvWindow is <= 0)
        {
            return WireError.Missing("recvWindow");
        }
        if ((recvWindow ?? DefaultRecvWindow) > MaxRecvWindow)
        {
            return new WireError(700005, "recvWindow must less than 60000");
        }
        if (!parameters.TryLong("timestamp", out var timestamp) || timestamp is null)
        {
            return WireError.Missing("timestamp");
        }
        var now = options.WallClock.GetUtcNow().ToUnixTimeMilliseconds();
        if (timestamp >= now + FutureTolerance || now - timestamp > (recvWindow ?? DefaultRecvWindow))
        {
            return new WireError(700003, "Timestamp for this request is outside of the recvWindow.");
        }
        var expected = Convert.ToHexStringLower(
            HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(parameters.SignedText))
        );
        // lower-case hex only: the docs say upper-case signatures are refused
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected),
            Encoding.ASCII.GetBytes(parameters.Signature)
        )
            ? null
            : new WireError(700002, "Signature for this request is not valid.");
    }
}
