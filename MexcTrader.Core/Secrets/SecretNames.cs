using System.Diagnostics.CodeAnalysis;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Secrets;

/// <summary>Secret names: 1-64 lower-case letters, digits, '.', '-' or '_' (they appear in URLs and settings).</summary>
public static class SecretNames
{
    public const int MaxLength = 64;

    public static bool TryValidate(string? name, [NotNullWhen(false)] out Failure? failure)
    {
        failure =
            name is { Length: >= 1 and <= MaxLength }
            && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_')
                ? null
                : new Failure(
                    SecretFailures.InvalidName,
                    $"'{name}' is not a secret name: use 1-{MaxLength} lower-case letters, digits, '.', '-' or '_'."
                );
        return failure is null;
    }
}
