using System.Globalization;
using System.Text;

namespace MexcTrader.Web.Simulator;

/// <summary>
/// A request's parameters from the query string and the form body (the query wins on a clash), plus the exact text
/// that was signed: query then body, each as received, without the signature pair (MEXC spec 3.2).
/// </summary>
internal sealed class WireRequest
{
    private readonly Dictionary<string, string> _values;

    private WireRequest(Dictionary<string, string> values, string signedText, string? signature)
    {
        _values = values;
        SignedText = signedText;
        Signature = signature;
    }

    public string SignedText { get; }

    public string? Signature { get; }

    public static async Task<WireRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        var body = "";
        if (!HttpMethods.IsGet(request.Method) && request.ContentLength is not 0)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
            body = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        }
        // an empty JSON object is what the official SDKs send as a body; it carries no parameters
        if (body.TrimStart().StartsWith('{'))
        {
            body = "";
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? signature = null;
        var (signedBody, bodySignature) = Split(body, values);
        var (signedQuery, querySignature) = Split(query, values);
        signature = querySignature ?? bodySignature;
        return new WireRequest(values, signedQuery + signedBody, signature);
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool TryDecimal(string name, out decimal? value, out string? error)
    {
        value = null;
        error = null;
        if (this[name] is not { } text)
        {
            return true;
        }
        if (
            decimal.TryParse(
                text,
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var parsed
            )
        )
        {
            value = parsed;
            return true;
        }
        error = $"Parameter '{name}' is not a number: '{text}'.";
        return false;
    }

    public bool TryLong(string name, out long? value)
    {
        value = null;
        if (this[name] is not { } text)
        {
            return true;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    // later sources overwrite earlier ones: the body is read first so the query wins
    private static (string Signed, string? Signature) Split(string raw, Dictionary<string, string> values)
    {
        if (raw.Length == 0)
        {
            return ("", null);
        }
        string? signature = null;
        var kept = new List<string>();
        foreach (var pair in raw.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            if (name == "signature")
            {
                signature = value;
                continue;
            }
            kept.Add(pair);
            values[name] = value;
        }
        return (string.Join('&', kept), signature);
    }
}
