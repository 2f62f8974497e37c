namespace MexcTrader.Core.Secrets;

/// <summary>How a secret is shown: a short prefix and the last four characters, never enough to use it.</summary>
public static class SecretMask
{
    private const string Ellipsis = "…";

    /// <summary><c>sk-abcdefgh1234</c> becomes <c>sk-…1234</c>; values under 12 characters show nothing but the ellipsis.</summary>
    public static string Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // a short secret would be mostly revealed by prefix + suffix
        return value.Length < 12
            ? Ellipsis
            : string.Concat(value.AsSpan(0, 3), Ellipsis, value.AsSpan(value.Length - 4));
    }
}
