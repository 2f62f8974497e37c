using System.Net;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Tests.Core.Exchange.Mexc;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.MarketData;

public sealed class TradableSymbolsTests : IDisposable
{
    private readonly MexcTestHost _host = MexcTestHost.Create();

    [Fact]
    public async Task MexcCheck_TradableListedAndUnknownPairs_GetTheirAnswersAndTheListIsCached()
    {
        _host.Server.Respond = r =>
            r.Path switch
            {
                "/api/v3/defaultSymbols" => FakeMexcServer.Json(
                    File.ReadAllText(SharedData.File("docs/mexc-samples/rest_defaultSymbols_2025-01.json"))
                ),
                "/api/v3/exchangeInfo" when r["symbol"] == "BTCUSDT" => FakeMexcServer.Json(
                    File.ReadAllText(SharedData.File("docs/mexc-samples/rest_exchangeInfo_BTCUSDT_docs_2025-12.json"))
                ),
                "/api/v3/exchangeInfo" => FakeMexcServer.Json(
                    "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}",
                    HttpStatusCode.BadRequest
                ),
                _ => _host.Server.ServerTime(),
            };
        var sut = new MexcTradableSymbols(_host.Client, _host.Time);

        var tradable = await _host.RunAsync(_ => sut.CheckAsync(new Symbol("SNTUSDT"), CancellationToken.None));
        var listed = await _host.RunAsync(_ => sut.CheckAsync(new Symbol("BTCUSDT"), CancellationToken.None));
        var unknown = await _host.RunAsync(_ => sut.CheckAsync(new Symbol("NOPEUSDT"), CancellationToken.None));

        Assert.True(tradable.IsSuccess);
        Assert.Equal(TradingPairFailures.NotTradable, listed.Failure?.Code);
        Assert.Contains(
            "listed on MEXC but cannot be traded through the API",
            listed.Failure!.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(TradingPairFailures.UnknownSymbol, unknown.Failure?.Code);
        Assert.Single(_host.Server.SeenAt("/api/v3/defaultSymbols"));
    }

    [Fact]
    public async Task MexcCheck_ExchangeDown_FailsTransientlyWithUnavailable()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json("oops", HttpStatusCode.ServiceUnavailable);
        var sut = new MexcTradableSymbols(_host.Client, _host.Time);

        var result = await _host.RunAsync(_ => sut.CheckAsync(new Symbol("SNTUSDT"), CancellationToken.None));

        Assert.Equal(TradingPairFailures.TradableListUnavailable, result.Failure?.Code);
        Assert.True(result.Failure!.IsTransient);
    }

    [Fact]
    public async Task FixedCheck_PairOutsideTheList_NamesTheSourceAndItsPairs()
    {
        var sut = new FixedTradableSymbols("the demo sample", [new Symbol("ETHUSDT"), new Symbol("BTCUSDT")]);

        var result = await sut.CheckAsync(new Symbol("XRPUSDT"), CancellationToken.None);

        Assert.Equal(TradingPairFailures.UnknownSymbol, result.Failure?.Code);
        Assert.Equal(
            "XRPUSDT is not one of the pairs the demo sample offers (BTCUSDT, ETHUSDT).",
            result.Failure!.Message
        );
        Assert.True((await sut.CheckAsync(new Symbol("ETHUSDT"), CancellationToken.None)).IsSuccess);
    }

    public void Dispose() => _host.Dispose();
}
