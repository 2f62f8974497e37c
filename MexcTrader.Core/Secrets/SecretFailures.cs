namespace MexcTrader.Core.Secrets;

/// <summary>Failure codes of the secret store.</summary>
public static class SecretFailures
{
    public const string NotFound = "secret.not-found";
    public const string Unreadable = "secret.unreadable";
    public const string InvalidName = "secret.invalid-name";
    public const string EmptyValue = "secret.empty-value";
}
