namespace MexcTrader.Tests.Integration.Simulator;

public sealed class SigningTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData(
        "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=11&recvWindow=5000&timestamp=1644489390087",
        "fd3e4e8543c5188531eb7279d68ae7d26a573d0fc5ab0d18eb692451654d837a"
    )]
    [InlineData(
        "symbol=BTCUSDT&side=BUY&type=LIMITquantity=1&price=11&recvWindow=5000&timestamp=1644489390087",
        "d1a676610ceb39174c8039b3f548357994b2a34139a8addd33baadba65684592"
    )]
    [InlineData("timestamp=1700000000000", "2cf087e23e56def37ebe807c7792ef18c05ff13c813319b6f5805bde6d4ec1c7")]
    public void Sign_SpecVectors_MatchTheSpec(string text, string expected)
    {
        Assert.Equal(expected, SimulatorFixture.Sign(text));
    }

    [Fact]
    public async Task Account_ValidSignature_ReturnsBalances()
    {
        var (status, body) = await sim.SendAsync(HttpMethod.Get, "account", "");

        Assert.Equal(200, status);
        var usdt = body.GetProperty("balances")
            .EnumerateArray()
            .Single(b => b.GetProperty("asset").GetString() == "USDT");
        Assert.Equal(System.Text.Json.JsonValueKind.String, usdt.GetProperty("free").ValueKind);
        Assert.Equal("SPOT", body.GetProperty("accountType").GetString());
    }

    [Fact]
    public async Task Account_BadSignature_Is700002()
    {
        var (status, body) = await sim.SendAsync(
            SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "", secret: "wrong-secret")
        );

        Assert.Equal(400, status);
        Assert.Equal(700002, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Account_StaleTimestamp_Is700003()
    {
        var stale = DateTimeOffset
            .UtcNow.AddSeconds(-10)
            .ToUnixTimeMilliseconds()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, body) = await sim.SendAsync(
            SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "", timestamp: stale)
        );

        Assert.Equal(400, status);
        Assert.Equal(700003, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Account_TimestampTwoSecondsAhead_Is700003()
    {
        var ahead = DateTimeOffset
            .UtcNow.AddSeconds(2)
            .ToUnixTimeMilliseconds()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, body) = await sim.SendAsync(
            SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "", timestamp: ahead)
        );

        Assert.Equal(700003, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Account_NoSignature_Is700004()
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            "api/v3/account?timestamp=" + SimulatorFixture.Now()
        );
        request.Headers.Add("X-MEXC-APIKEY", SimulatorFixture.ApiKey);

        var (status, body) = await sim.SendAsync(request);

        Assert.Equal(400, status);
        Assert.Equal(700004, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Account_NoApiKeyHeader_IsRefused()
    {
        var request = SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "");
        request.Headers.Remove("X-MEXC-APIKEY");

        var (status, body) = await sim.SendAsync(request);

        Assert.Equal(400, status);
        Assert.Equal(400, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Account_RecvWindowAboveMaximum_Is700005()
    {
        var text = "recvWindow=60001&timestamp=" + SimulatorFixture.Now();
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"api/v3/account?{text}&signature={SimulatorFixture.Sign(text)}"
        );
        request.Headers.Add("X-MEXC-APIKEY", SimulatorFixture.ApiKey);

        var (_, body) = await sim.SendAsync(request);

        Assert.Equal(700005, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Order_ParametersSplitBetweenQueryAndBody_SignedAsQueryThenBody()
    {
        var query = "symbol=BTCUSDT&side=BUY&type=LIMIT";
        var body =
            $"quantity=0.0001&price=50000&newClientOrderId=split-body-1&recvWindow=5000&timestamp={SimulatorFixture.Now()}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v3/order?{query}")
        {
            Content = new StringContent(
                $"{body}&signature={SimulatorFixture.Sign(query + body)}",
                System.Text.Encoding.UTF8
            ),
        };
        request.Content.Headers.ContentType = SimulatorFixture.Form;
        request.Headers.Add("X-MEXC-APIKEY", SimulatorFixture.ApiKey);

        var (status, ack) = await sim.SendAsync(request);

        Assert.Equal(200, status);
        Assert.Equal("50000", ack.GetProperty("price").GetString());
        Assert.Equal(
            "split-body-1",
            sim.Sim.Exchange.GetOrder(new("BTCUSDT"), ack.GetProperty("orderId").GetString(), null).Value.ClientOrderId
        );
    }

    [Fact]
    public async Task Account_UpperCaseHexSignature_Is700002()
    {
        var text = "recvWindow=5000&timestamp=" + SimulatorFixture.Now();
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"api/v3/account?{text}&signature={SimulatorFixture.Sign(text).ToUpperInvariant()}"
        );
        request.Headers.Add("X-MEXC-APIKEY", SimulatorFixture.ApiKey);

        var (_, body) = await sim.SendAsync(request);

        Assert.Equal(700002, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Account_WrongApiKey_Is10072()
    {
        var request = SimulatorFixture.SignedRequest(HttpMethod.Get, "account", "");
        request.Headers.Remove("X-MEXC-APIKEY");
        request.Headers.Add("X-MEXC-APIKEY", "mx0someoneelse");

        var (status, body) = await sim.SendAsync(request);

        Assert.Equal(400, status);
        Assert.Equal(10072, body.GetProperty("code").GetInt32());
    }
}
