using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MexcTrader.Web.Api;

/// <summary>The opaque paging cursor of GET /api/v1/candles: the open time where the next page starts.</summary>
internal static class CandleCursor
{
    private const string Prefix = "c1:";

    public static string Encode(DateTimeOffset nextOpen) =>
        Base64Url.EncodeToString(
            Encoding.UTF8.GetBytes(Prefix + nextOpen.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))
        );

    public static bool TryDecode(string text, out DateTimeOffset nextOpen)
    {
        nextOpen = default;
        if (text.Length > 64)
        {
            return false;
        }
        try
        {
            var plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (
                plain.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(
                    plain.AsSpan(Prefix.Length),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var ms
                )
                && ms <= 253_402_300_799_999
            )
            {
                nextOpen = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                return true;
            }
        }
        catch (FormatException)
        {
            // not base64url: reported as a bad cursor below
        }
        return false;
    }
}
