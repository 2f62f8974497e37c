using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;

namespace MexcTrader.Tests.Core.Signals;

public sealed class AgentParametersTests
{
    [Fact]
    public void Bind_WhenNoSettings_KeepsDefaults()
    {
        var result = AgentParameters.Bind<TechnicalParameters>(new Dictionary<string, string>());

        Assert.True(result.IsSuccess);
        Assert.Equal(new TechnicalParameters(), result.Value);
    }

    [Fact]
    public void Bind_WhenSettingsGiven_OverridesCaseInsensitively()
    {
        var result = AgentParameters.Bind<TechnicalParameters>(
            new Dictionary<string, string> { ["fastMaPeriod"] = "10", ["EventWeight"] = "0.25" }
        );

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(new TechnicalParameters { FastMaPeriod = 10, EventWeight = 0.25 }, result.Value);
    }

    [Theory]
    [InlineData("Nope", "1", "unknown setting 'Nope'")]
    [InlineData("RsiPeriod", "abc", "'abc' is not a valid Int32")]
    [InlineData("RsiPeriod", "1", "RsiPeriod")]
    [InlineData("EventWeight", "NaN", "not a valid Double")]
    [InlineData("FastMaPeriod", "60", "FastMaPeriod must be below SlowMaPeriod")]
    public void Bind_WhenSettingIsBad_FailsNamingIt(string name, string value, string expected)
    {
        var result = AgentParameters.Bind<TechnicalParameters>(new Dictionary<string, string> { [name] = value });

        Assert.False(result.IsSuccess);
        Assert.Equal(AgentParameters.FailureCode, result.Failure.Code);
        Assert.Contains(expected, result.Failure.Message, StringComparison.Ordinal);
    }
}
