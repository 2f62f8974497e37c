using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class LoopbackDashboardFilterTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("203.0.113.9", false)]
    public void Authorize_RemoteAddress_AllowsOnlyLoopback(string remote, bool allowed)
    {
        var sut = new LoopbackDashboardFilter();

        var result = sut.Authorize(ContextFrom(IPAddress.Parse(remote)));

        Assert.Equal(allowed, result);
    }

    [Fact]
    public void Authorize_UnknownRemoteAddress_Denies()
    {
        var sut = new LoopbackDashboardFilter();

        Assert.False(sut.Authorize(ContextFrom(null)));
    }

    [Fact]
    public async Task Dashboard_RequestWithoutRemoteAddress_Returns401()
    {
        await using var factory = new MexcTraderFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_FromLoopbackOverRealSocket_Returns200()
    {
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("MexcTrader jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static AspNetCoreDashboardContext ContextFrom(IPAddress? remote)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Connection.RemoteIpAddress = remote;
        return new AspNetCoreDashboardContext(new InMemoryStorage(), new DashboardOptions(), http);
    }
}
