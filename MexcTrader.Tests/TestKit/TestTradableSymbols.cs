using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.Tradable;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.TestKit;

/// <summary>
/// An exchange's answer for tests: the usual pairs are tradable, LISTEDUSDT is listed but not API-tradable, and
/// asking about DOWNUSDT finds the exchange unreachable.
/// </summary>
public sealed class TestTradableSymbols : ITradableSymbols
{
    public static readonly IReadOnlyList<string> Tradable =
    [
        "BTCUSDT",
        "ETHUSDT",
        "SOLUSDT",
        "LINKUSDT",
        "ADAUSDT",
        "XRPUSDT",
        "DOGEUSDT",
        "BNBUSDT",
    ];

    public string Source => "the test exchange";

    public Task<Result<Symbol>> CheckAsync(Symbol symbol, CancellationToken ct) =>
        Task.FromResult(
            symbol.Value switch
            {
                "LISTEDUSDT" => Result.Fail<Symbol>(
                    TradingPairFailures.NotTradable,
                    "LISTEDUSDT is listed but cannot be traded through the API."
                ),
                "DOWNUSDT" => Result.Fail<Symbol>(
                    new Failure(TradingPairFailures.TradableListUnavailable, "The exchange is down.", true)
                ),
                _ when Tradable.Contains(symbol.Value) => Result.Ok(symbol),
                _ => Result.Fail<Symbol>(
                    TradingPairFailures.UnknownSymbol,
                    $"{symbol} is not a pair of the test exchange."
                ),
            }
        );

    public static void Use(IServiceCollection services) =>
        services.AddSingleton<ITradableSymbols>(new TestTradableSymbols());
}

/// <summary>The web host (SQLite) with <see cref="TestTradableSymbols"/> in place of the demo list.</summary>
public sealed class TradableApiFactory() : MexcTraderFactory()
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestTradableSymbols.Use);
    }
}

/// <summary>One <see cref="TradableApiFactory"/> shared by a test class.</summary>
public sealed class TradableApiFixture : IDisposable
{
    public TradableApiFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
