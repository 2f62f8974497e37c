using System.Security.Cryptography;
using System.Text;

namespace MexcTrader.Core.Execution;

/// <summary>
/// Client order ids derived from the decision, the leg and the revision (a cancel/replace is a new revision), so a
/// retry or a restart re-derives the same id and the exchange can never hold the order twice.
/// </summary>
public static class ClientOrderIds
{
    /// <summary>"mt" + leg letter + revision + 26 hex of SHA-256: 30-32 characters, inside MEXC's pattern.</summary>
    public static string For(string decisionId, OrderLeg leg, int revision = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(decisionId);
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(revision, 99);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{decisionId}|{leg}|{revision}"), hash);
        var letter = leg switch
        {
            OrderLeg.Entry => 'e',
            OrderLeg.Exit => 'x',
            _ => 's',
        };
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"mt{letter}{revision}{Convert.ToHexStringLower(hash)[..26]}"
        );
    }
}
