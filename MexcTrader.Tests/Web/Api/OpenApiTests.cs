using System.Net;
using System.Text.Json;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Web.Api;

public sealed class OpenApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Document_ListsEveryApiEndpoint()
    {
        using var client = fixture.Factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        string[] expected =
        [
            "/api/v1/pairs get",
            "/api/v1/pairs post",
            "/api/v1/pairs/{symbol} put",
            "/api/v1/candles get",
            "/api/v1/candles/series get",
            "/api/v1/imports post",
            "/api/v1/imports get",
            "/api/v1/imports/{jobId} get",
            "/api/v1/imports/{jobId} delete",
        ];
        var listed = paths
            .EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(op => $"{p.Name.TrimEnd('/')} {op.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(expected, e => Assert.Contains(e, listed));
    }

    [Fact]
    public async Task Document_DescribesTheUploadAsMultipartForm()
    {
        using var client = fixture.Factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var post = document
            .RootElement.GetProperty("paths")
            .EnumerateObject()
            .Single(p => p.Name.TrimEnd('/') == "/api/v1/imports");
        var content = post.Value.GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("multipart/form-data", out _), content.ToString());
    }

    [Fact]
    public async Task ReferencePage_Responds200WithHtml()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/scalar");
        if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect)
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MexcTrader API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
