using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Secrets;
using Microsoft.Extensions.Logging.Abstractions;

namespace MexcTrader.Tests.TestKit;

/// <summary>Snapshots, options and a wired LLM engine for the decision tests.</summary>
public static class LlmKit
{
    public const string Model = "gpt-test";
    public const string ApiKey = "sk-test-0123456789-secret-4321";
    public static readonly DateTimeOffset Time = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);

    /// <summary>BTCUSDT with a strong buy signal, ETHUSDT (held) mildly negative, SOLUSDT quiet.</summary>
    public static MarketSnapshot Snapshot(DateTimeOffset? time = null, double btcScore = 0.8)
    {
        var at = time ?? Time;
        return new MarketSnapshot(
            1,
            DecisionIds.CycleOf(at),
            at,
            [
                Pair("BTCUSDT", 65_000m, btcScore, 0.9, at),
                Pair("ETHUSDT", 3_500m, -0.05, 0.5, at),
                Pair("SOLUSDT", 150m, 0.05, 0.4, at),
            ],
            new PortfolioSnapshot(
                8_000m,
                10_000m,
                2_000m,
                0m,
                50m,
                0.02,
                TradingState.Active,
                [new PositionSnapshot(new Symbol("ETHUSDT"), 0.57m, 3_420m, 1_995m, 45.6m)]
            ),
            [new PairCorrelation("BTCUSDT", "ETHUSDT", 0.82)]
        );
    }

    private static PairSnapshot Pair(
        string symbol,
        decimal close,
        double score,
        double confidence,
        DateTimeOffset at
    ) =>
        new(
            new Symbol(symbol),
            new PriceSummary(close, at, 0.01, 0.03, 0.08, (double)close * 1.05, (double)close * 0.9, 0.02, 1.4),
            new Dictionary<string, double> { ["RSI(14)"] = 61.5, ["EMA(20)"] = (double)close * 0.98 },
            [
                new AgentSignalView(
                    "ta",
                    1,
                    at.AddMinutes(-5),
                    score,
                    confidence,
                    $"{symbol} closed above EMA(20) on {at:yyyy-MM-dd}; {symbol[..3]} momentum",
                    0.58,
                    40
                ),
            ]
        );

    public static LlmOptions Options(Uri endpoint, LlmProvider provider = LlmProvider.OpenAICompatible) =>
        new()
        {
            Enabled = true,
            Provider = provider,
            Endpoint = endpoint,
            Model = Model,
            Timeout = TimeSpan.FromSeconds(1),
            DailyBudgetUsd = 10m,
            Models =
            {
                [Model] = new LlmModelProfile { InputPricePer1K = 0.01m, OutputPricePer1K = 0.03m },
            },
        };

    public static async Task<ISecretStore> SecretsAsync()
    {
        var secrets = new InMemorySecretStore();
        await secrets.SetAsync("llm-api-key", ApiKey, CancellationToken.None);
        return secrets;
    }

    /// <summary>The engine over the real SDK client, with the given store and options, on the given clock.</summary>
    public static async Task<(LlmDecisionEngine Engine, LlmHealth Health)> EngineAsync(
        LlmOptions options,
        ILlmCallStore calls,
        TimeProvider? clock = null
    )
    {
        var time = clock ?? TimeProvider.System;
        var monitor = new FixedOptions<LlmOptions>(options);
        var health = new LlmHealth(monitor, time);
        var client = new OpenAiLlmClient(monitor, await SecretsAsync(), time, NullLogger<OpenAiLlmClient>.Instance);
        var engine = new LlmDecisionEngine(
            client,
            calls,
            new InMemoryPromptStore(time),
            health,
            monitor,
            time,
            NullLogger<LlmDecisionEngine>.Instance
        );
        return (engine, health);
    }

    public static bool Trades(this Decision decision) => decision.Action != DecisionAction.Hold;
}
