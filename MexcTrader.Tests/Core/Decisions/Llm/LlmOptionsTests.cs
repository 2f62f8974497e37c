using System.ComponentModel.DataAnnotations;
using MexcTrader.Core.Decisions.Llm;

namespace MexcTrader.Tests.Core.Decisions.Llm;

public sealed class LlmOptionsTests
{
    [Fact]
    public void Defaults_AreValidAndSwitchedOff()
    {
        var sut = new LlmOptions();

        Assert.Empty(Validate(sut));
        Assert.False(sut.Enabled);
    }

    [Fact]
    public void Enabled_WithoutEndpointOrModelPrice_ExplainsBoth()
    {
        var sut = new LlmOptions { Enabled = true };

        var errors = Validate(sut);

        Assert.Contains(errors, e => e.Contains("Llm:Endpoint is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Llm:Models has no entry for 'gpt-4o-mini'", StringComparison.Ordinal));
    }

    [Fact]
    public void OutOfRangeValues_AreReportedByName()
    {
        var errors = Validate(new LlmOptions { Temperature = 3, MaxRetries = 2 });

        Assert.Contains(errors, e => e.Contains("Temperature", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("MaxRetries", StringComparison.Ordinal));
    }

    [Fact]
    public void BadEndpointAndNestedSections_AreReportedWithTheirPath()
    {
        var sut = new LlmOptions
        {
            Endpoint = new Uri("ftp://example.invalid/"),
            Breakers = new LlmBreakerOptions { MaxFailureRate = 1.5 },
            Models = { ["m"] = new LlmModelProfile { InputPricePer1K = -1 } },
        };

        var errors = Validate(sut);

        Assert.Contains(errors, e => e.Contains("absolute http(s) URL", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Llm:Breakers: ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Llm:Models:m: ", StringComparison.Ordinal));
    }

    // as ValidateDataAnnotations does it: attributes first, IValidatableObject when they pass
    private static List<string> Validate(LlmOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
