using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class ComingSoonPagesTests
{
    [Theory]
    [InlineData("/performance", "Performance")]
    [InlineData("/backtests", "Backtests")]
    public async Task Get_PageOfALaterRelease_SaysWhatItWillShowWithinTheShell(string path, string title)
    {
        await using var factory = new MexcTraderFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains($"<title>{title} · MexcTrader</title>", html, StringComparison.Ordinal);
        Assert.Contains("Coming in a later release.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"render-mode\"", html, StringComparison.Ordinal);
    }
}
