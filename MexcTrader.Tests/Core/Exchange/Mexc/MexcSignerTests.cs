using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcSignerTests
{
    private const string Secret = "45d0b3c26f2644f19bfb98b07741b2f5";

    // mexc-api.md section 3.5
    [Theory]
    [InlineData(
        "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=11&recvWindow=5000&timestamp=1644489390087",
        "fd3e4e8543c5188531eb7279d68ae7d26a573d0fc5ab0d18eb692451654d837a"
    )]
    [InlineData("timestamp=1700000000000", "2cf087e23e56def37ebe807c7792ef18c05ff13c813319b6f5805bde6d4ec1c7")]
    [InlineData(
        "symbol=BTCUSDT&recvWindow=5000&timestamp=1700000000000",
        "7c57970df6a604fb971cd13efa1c6e42cd180ab278fa262014a9f3939ea1e331"
    )]
    [InlineData(
        "symbol=BTCUSDT&side=SELL&type=MARKET&quoteOrderQty=10&newClientOrderId=my-order_01&recvWindow=5000&timestamp=1700000000000",
        "99463c1195bdb71b0cd62e95489fd13cc6c69c59c3b69413b9f2477743b634a9"
    )]
    [InlineData(
        "batchOrders=%5B%7B%22symbol%22%3A%22BTCUSDT%22%2C%22side%22%3A%22BUY%22%2C%22type%22%3A%22LIMIT%22%2C%22quantity%22%3A%220.0002%22%2C%22price%22%3A%2240000%22%7D%5D&recvWindow=5000&timestamp=1700000000000",
        "06b861778163c47e7d531ee1cb46e3d48851e1b6688cd656756ff8dda5f8af1f"
    )]
    public void Sign_DocumentedVector_GivesDocumentedLowerHexSignature(string totalParams, string expected)
    {
        var signature = MexcSigner.Sign(Secret, totalParams);

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Sign_QueryThenBody_SignsTheConcatenationWithoutSeparator()
    {
        var signature = MexcSigner.Sign(
            Secret,
            "symbol=BTCUSDT&side=BUY&type=LIMIT",
            "quantity=1&price=11&recvWindow=5000&timestamp=1644489390087"
        );

        Assert.Equal("d1a676610ceb39174c8039b3f548357994b2a34139a8addd33baadba65684592", signature);
    }

    [Fact]
    public void SignQuery_Parameters_AppendsRecvWindowTimestampAndSignatureLast()
    {
        var query = new MexcQuery().Add("symbol", "BTCUSDT");

        var signed = MexcSigner.SignQuery(query, Secret, 1_700_000_000_000, 5_000);

        Assert.Equal(
            "symbol=BTCUSDT&recvWindow=5000&timestamp=1700000000000"
                + "&signature=7c57970df6a604fb971cd13efa1c6e42cd180ab278fa262014a9f3939ea1e331",
            signed
        );
        Assert.Equal("symbol=BTCUSDT", query.ToString()); // the caller's parameters are left as they were
    }

    [Fact]
    public void SignQuery_JsonValue_EncodesWithUpperCaseEscapesAsTheDocumentedVector()
    {
        var batch = """[{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","quantity":"0.0002","price":"40000"}]""";

        var signed = MexcSigner.SignQuery(new MexcQuery().Add("batchOrders", batch), Secret, 1_700_000_000_000, 5_000);

        Assert.StartsWith("batchOrders=%5B%7B%22symbol%22%3A%22BTCUSDT%22%2C", signed, StringComparison.Ordinal);
        Assert.EndsWith(
            "&signature=06b861778163c47e7d531ee1cb46e3d48851e1b6688cd656756ff8dda5f8af1f",
            signed,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void ToString_SpaceAndComma_EncodesSpaceAsPercent20AndCommaUpperCase()
    {
        var text = new MexcQuery().Add("note", "a b").Add("symbols", "BTCUSDT,MXUSDT").ToString();

        Assert.Equal("note=a%20b&symbols=BTCUSDT%2CMXUSDT", text);
    }

    [Theory]
    [InlineData("0.00000123", "0.00000123")]
    [InlineData("1.230000", "1.23")]
    [InlineData("100", "100")]
    [InlineData("100.000", "100")]
    [InlineData("0.000000000000000001", "0.000000000000000001")]
    [InlineData("73414.21", "73414.21")]
    public void FormatDecimal_Value_IsPlainWithoutExponentOrTrailingZeros(string input, string expected)
    {
        var value = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, MexcQuery.FormatDecimal(value));
    }
}
