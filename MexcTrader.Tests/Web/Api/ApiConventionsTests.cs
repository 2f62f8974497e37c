using System.Net;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Web.Api;

public sealed class ApiConventionsTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Get_UnknownApiRoute_Returns404ProblemDetails()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UiRoute_IsNotTurnedIntoProblemDetails()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
