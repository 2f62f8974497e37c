using System.Text.Json;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Risk;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Decisions;

public sealed class DecisionSchemaTests
{
    private static MarketSnapshot Valid() =>
        Snapshot(
            Portfolio(5_000m, 10_000m, 0.05, Position("BTCUSDT", 1.5m, 100m)),
            [Pair("BTCUSDT", 100m, 0.01, Signal("technical", 0.4, 0.8)), Pair("ETHUSDT", 10m)],
            new PairCorrelation("BTCUSDT", "ETHUSDT", 0.7)
        );

    [Fact]
    public void Validate_ValidSnapshot_Passes()
    {
        Assert.True(MarketSnapshotSchema.Validate(Valid()).IsSuccess);
    }

    [Theory]
    [InlineData("score", "BTCUSDT: agent technical score 1.5 is outside -1..+1")]
    [InlineData("duplicate", "BTCUSDT appears twice")]
    [InlineData("price", "ETHUSDT: last close 0 must be positive")]
    [InlineData("cash", "portfolio cash, equity and exposure must not be negative")]
    [InlineData("correlation", "correlation BTCUSDT/ETHUSDT 1.2 is outside -1..1")]
    [InlineData("unknown-pair", "correlation BTCUSDT/SOLUSDT names a pair not in the snapshot")]
    [InlineData("version", "schema version 2 is not 1")]
    public void Validate_BrokenSnapshot_NamesTheProblem(string breakage, string message)
    {
        var s = Valid();
        var broken = breakage switch
        {
            "score" => s with { Pairs = [Pair("BTCUSDT", 100m, 0.01, Signal("technical", 1.5)), s.Pairs[1]] },
            "duplicate" => s with { Pairs = [s.Pairs[0], s.Pairs[0]] },
            "price" => s with { Pairs = [s.Pairs[0], Pair("ETHUSDT", 0m)] },
            "cash" => s with { Portfolio = s.Portfolio with { Cash = -1 } },
            "correlation" => s with { Correlations = [new PairCorrelation("BTCUSDT", "ETHUSDT", 1.2)] },
            "unknown-pair" => s with { Correlations = [new PairCorrelation("BTCUSDT", "SOLUSDT", 0.1)] },
            _ => s with { SchemaVersion = 2 },
        };

        var result = MarketSnapshotSchema.Validate(broken);

        Assert.False(result.IsSuccess);
        Assert.Equal($"Market snapshot of cycle {s.CycleId}: {message}.", result.Failure.Message);
    }

    [Fact]
    public void Serialize_Snapshot_WritesTheSchemaShapeWithNullForUnknowns()
    {
        using var json = JsonDocument.Parse(MarketSnapshotJson.Serialize(Valid()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var signal = root.GetProperty("pairs")[0].GetProperty("signals")[0];
        Assert.Equal(JsonValueKind.Null, signal.GetProperty("hitRate").ValueKind);
        Assert.Equal(0.4, signal.GetProperty("score").GetDouble());
        Assert.Equal(
            1.5m,
            root.GetProperty("portfolio").GetProperty("positions")[0].GetProperty("quantity").GetDecimal()
        );
        Assert.Equal("Active", root.GetProperty("portfolio").GetProperty("tradingState").GetString());
        Assert.Equal(0.7, root.GetProperty("correlations")[0].GetProperty("value").GetDouble());
        AssertPropertiesMatchSchema(root, JsonDocument.Parse(MarketSnapshotSchema.Document).RootElement);
    }

    [Fact]
    public void Format_JoinsDecisionAndVerdictIntoAValidRecord()
    {
        var decision = Decide("BTCUSDT", DecisionAction.Buy, confidence: 0.7) with
        {
            Model = "gpt",
            PromptVersion = "3",
        };
        var verdict = new RiskVerdict(
            decision.Id,
            decision.Symbol,
            decision.Action,
            RiskOutcome.Resized,
            2.5m,
            100m,
            new ExitLevels(97m, 106m, 3m),
            [RiskReasons.MaxExposure],
            [new LimitSeen("max-exposure", 250m, 500m)]
        );

        var record = DecisionFormatter.Format(decision, verdict, inputHash: "abc");
        using var json = JsonDocument.Parse(DecisionRecordSchema.Serialize(record));

        Assert.True(DecisionRecordSchema.Validate(record).IsSuccess);
        Assert.True(record.IsExecutable);
        Assert.Equal(new DecisionMetadata("test", "gpt", "3", "abc"), record.Metadata);
        Assert.Equal("Resized", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(97m, json.RootElement.GetProperty("exits").GetProperty("stopLoss").GetDecimal());
        Assert.Equal("risk.max-exposure", json.RootElement.GetProperty("riskReasons")[0].GetString());
        AssertPropertiesMatchSchema(json.RootElement, JsonDocument.Parse(DecisionRecordSchema.Document).RootElement);
    }

    [Fact]
    public void Format_VerdictOfAnotherDecision_IsABug()
    {
        var decision = Decide("BTCUSDT", DecisionAction.Buy);
        var verdict = new RiskVerdict(
            "other",
            decision.Symbol,
            decision.Action,
            RiskOutcome.Approved,
            1,
            1,
            null,
            [],
            []
        );

        Assert.Throws<ArgumentException>(() => DecisionFormatter.Format(decision, verdict));
    }

    [Fact]
    public void Validate_RejectedRecordWithAQuantity_Fails()
    {
        var decision = Decide("BTCUSDT", DecisionAction.Buy);
        var verdict = new RiskVerdict(
            decision.Id,
            decision.Symbol,
            decision.Action,
            RiskOutcome.Rejected,
            0,
            0,
            null,
            [],
            []
        );
        var record = DecisionFormatter.Format(decision, verdict) with { Quantity = 1 };

        var result = DecisionRecordSchema.Validate(record);

        Assert.Equal(
            $"Decision record {decision.Id}: a rejected record must have quantity 0.",
            result.Failure?.Message
        );
    }

    /// <summary>The written object has exactly the schema's required properties (additionalProperties is false).</summary>
    private static void AssertPropertiesMatchSchema(JsonElement written, JsonElement schema)
    {
        var required = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order();
        Assert.Equal(required, written.EnumerateObject().Select(p => p.Name).Order());
    }
}
