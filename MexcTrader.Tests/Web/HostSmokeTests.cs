using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Web;

public sealed class HostSmokeTests
{
    [Fact]
    public async Task Get_Root_ServesTheShellWithMudBlazorStyles()
    {
        await using var factory = new MexcTraderFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("MexcTrader", html, StringComparison.Ordinal);
        Assert.Contains("_content/MudBlazor/MudBlazor.min", html, StringComparison.Ordinal);
    }
}
