using System.Net;
using System.Text.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcErrorMappingTests
{
    // The category each sampled code belongs to per mexc-api.md section 4.4.
    private static readonly Dictionary<long, (string Code, bool Transient)> Expected = new()
    {
        [-1121] = (MexcErrorCodes.BadRequest, false),
        [700002] = (MexcErrorCodes.BadSignature, false),
        [700004] = (MexcErrorCodes.BadRequest, false),
        [700003] = (MexcErrorCodes.TimestampOutsideWindow, true),
        [10007] = (MexcErrorCodes.SymbolNotApiTradable, false),
        [70011] = (MexcErrorCodes.NoPermission, false),
        [33333] = (MexcErrorCodes.BadRequest, false),
        [-2013] = (MexcErrorCodes.OrderNotFound, false),
        [700011] = (MexcErrorCodes.NoPermission, false),
    };

    public static TheoryData<int, string> Samples()
    {
        var data = new TheoryData<int, string>();
        using var doc = JsonDocument.Parse(
            File.ReadAllText(SharedData.File("docs/mexc-samples/rest_error_bodies.json"))
        );
        foreach (var sample in doc.RootElement.EnumerateArray())
        {
            var status =
                sample.GetProperty("httpStatus").ValueKind == JsonValueKind.Number
                    ? sample.GetProperty("httpStatus").GetInt32()
                    : 400;
            data.Add(status, sample.GetProperty("body").GetRawText());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task SignedCall_SampledErrorBody_MapsToTypedFailure(int status, string body)
    {
        using var host = MexcTestHost.Create();
        var mexcCode = JsonDocument.Parse(body).RootElement.GetProperty("code").GetInt64();
        var message = JsonDocument.Parse(body).RootElement.GetProperty("msg").GetString()!;
        host.Server.Respond = r =>
            r.Path == "/api/v3/time" ? host.Server.ServerTime() : FakeMexcServer.Json(body, (HttpStatusCode)status);

        var result = await host.RunAsync(c =>
            c.GetOrderByClientIdAsync(new Symbol("BTCUSDT"), "x1", CancellationToken.None)
        );

        Assert.False(result.IsSuccess);
        Assert.Equal(Expected[mexcCode].Code, result.Failure.Code);
        Assert.Equal(Expected[mexcCode].Transient, result.Failure.IsTransient);
        Assert.Contains($"code {mexcCode}", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(message, result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10101, MexcErrorCodes.InsufficientBalance)]
    [InlineData(30004, MexcErrorCodes.InsufficientBalance)]
    [InlineData(30005, MexcErrorCodes.InsufficientBalance)]
    [InlineData(30018, MexcErrorCodes.MarketOrdersDisabled)]
    [InlineData(30019, MexcErrorCodes.MarketOrdersDisabled)]
    [InlineData(30002, MexcErrorCodes.BelowMinimumValue)]
    [InlineData(10072, MexcErrorCodes.Unauthorized)]
    [InlineData(30014, MexcErrorCodes.InvalidSymbol)]
    [InlineData(-2011, MexcErrorCodes.OrderNotFound)]
    [InlineData(429, MexcErrorCodes.RateLimited)]
    public void ToFailure_TradingCode_MapsToItsCategory(long mexcCode, string expected)
    {
        var failure = MexcErrorCodes.ToFailure(mexcCode, "资金不足");

        Assert.Equal(expected, failure.Code);
        Assert.Contains("资金不足", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToFailure_UnknownCode_KeepsTheCodeInAGenericFailure()
    {
        var failure = MexcErrorCodes.ToFailure(123456, "something new");

        Assert.Equal(MexcErrorCodes.Unknown, failure.Code);
        Assert.Contains("code 123456", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task SignedCall_TimestampRefusedOnce_ResyncsClockAndSucceedsOnSecondSend()
    {
        using var host = MexcTestHost.Create();
        var refusals = 0;
        host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? FakeMexcServer.Json(
                    $"{{\"serverTime\":{host.Time.GetUtcNow().AddSeconds(3).ToUnixTimeMilliseconds()}}}"
                )
            : refusals++ == 0
                ? FakeMexcServer.Json(
                    """{"code":700003,"msg":"Timestamp for this request is outside of the recvWindow."}""",
                    HttpStatusCode.BadRequest
                )
            : FakeMexcServer.Json("""{"canTrade":true,"balances":[]}""");

        var result = await host.Client.GetAccountAsync(CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, host.Server.SeenAt("/api/v3/account").Count);
        Assert.Equal(2, host.Server.SeenAt("/api/v3/time").Count); // first use, then after the refusal
    }

    [Fact]
    public async Task PublicCall_ServerErrorWithoutBody_IsTransientUnknownOutcome()
    {
        using var host = MexcTestHost.Create(new Dictionary<string, string?> { ["Mexc:ReadRetries"] = "1" });
        host.Server.Respond = _ => new HttpResponseMessage(HttpStatusCode.BadGateway);

        var result = await host.RunAsync(c => c.GetServerTimeAsync(CancellationToken.None));

        Assert.Equal(MexcFailures.Unavailable, result.Failure?.Code);
        Assert.True(result.Failure!.IsTransient);
        Assert.True(MexcFailures.IsOutcomeUnknown(result.Failure));
        Assert.Equal(2, host.Server.Seen.Count); // a read is retried once as configured
    }
}
