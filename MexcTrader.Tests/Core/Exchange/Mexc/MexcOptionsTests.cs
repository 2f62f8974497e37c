using System.ComponentModel.DataAnnotations;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcOptionsTests
{
    private static List<ValidationResult> Validate(MexcOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        if (results.Count == 0)
        {
            results.AddRange(options.Validate(new ValidationContext(options)));
        }
        return results;
    }

    [Fact]
    public void Validate_Defaults_AreValidAndPointAtMexc()
    {
        var options = new MexcOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(new Uri("https://api.mexc.com"), options.RestBaseUrl);
        Assert.Equal(5_000, options.RecvWindowMs);
    }

    [Fact]
    public void Validate_RecvWindowAbove60000_IsRejected()
    {
        var results = Validate(new MexcOptions { RecvWindowMs = 60_001 });

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(MexcOptions.RecvWindowMs)));
    }

    [Fact]
    public void Validate_TotalTimeoutNotAboveAttempt_IsRejected()
    {
        var results = Validate(new MexcOptions { AttemptTimeoutSeconds = 30, TotalTimeoutSeconds = 30 });

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(MexcOptions.TotalTimeoutSeconds)));
    }

    [Fact]
    public void Validate_MissingBaseUrl_IsRejected()
    {
        var results = Validate(new MexcOptions { RestBaseUrl = null });

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(MexcOptions.RestBaseUrl)));
    }

    [Fact]
    public void ApiKey_ToString_NeverShowsTheSecret()
    {
        var text = MexcTestHost.DocsKey.ToString();

        Assert.DoesNotContain(MexcTestHost.DocsKey.SecretKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(MexcTestHost.DocsKey.AccessKey, text, StringComparison.Ordinal);
    }
}
