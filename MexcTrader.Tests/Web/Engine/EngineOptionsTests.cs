using System.ComponentModel.DataAnnotations;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.Web.Engine;

public sealed class EngineOptionsTests
{
    [Fact]
    public void Defaults_AreDemoAndValid()
    {
        var options = new EngineOptions();

        Assert.Equal(EngineMode.Demo, options.Mode);
        Assert.True(options.AutoStart);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void Live_WithoutConfirmationOrCap_IsRefusedWithClearMessages()
    {
        var problems = Problems(new EngineOptions { Mode = EngineMode.Live });

        Assert.Contains(problems, p => p.Contains("LiveConfirmed is not true", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MaxOrderValueUsdt is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void Live_ConfirmedWithCap_IsAccepted()
    {
        var problems = Problems(
            new EngineOptions
            {
                Mode = EngineMode.Live,
                LiveConfirmed = true,
                MaxOrderValueUsdt = 50m,
            }
        );

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("7x")]
    [InlineData("")]
    public void BadInterval_IsRefused(string interval)
    {
        Assert.NotEmpty(Problems(new EngineOptions { Interval = interval }));
    }

    [Fact]
    public async Task Host_LiveWithoutConfirmation_DoesNotStart()
    {
        await using var factory = new LiveFactory();

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Engine:LiveConfirmed is not true", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Problems(EngineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }

    private sealed class LiveFactory : MexcTraderFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Engine:Mode", "Live");
        }
    }
}
