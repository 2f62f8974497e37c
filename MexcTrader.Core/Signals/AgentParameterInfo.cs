using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>One settable parameter of an agent, as forms show it: name, kind, default (invariant text) and range.</summary>
public sealed record AgentParameterInfo(string Name, string Kind, string Default, string? Minimum, string? Maximum)
{
    /// <summary>The settable parameters of <paramref name="factory"/>'s agent, with the defaults it runs with.</summary>
    public static IReadOnlyList<AgentParameterInfo> Describe(ISignalAgentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var agent = factory.Create(new PairState(new Symbol("XXUSDT"), Interval.OneHour, capacity: 1), EmptySettings);
        if (!agent.IsSuccess)
        {
            throw new InvalidOperationException($"Agent {factory.Id} fails on its defaults: {agent.Failure.Message}");
        }
        var parameters = agent.Value.Parameters;
        return
        [
            .. parameters
                .GetType()
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
                .Select(p =>
                {
                    var range = p.GetCustomAttribute<RangeAttribute>();
                    return new AgentParameterInfo(
                        p.Name,
                        KindOf(p.PropertyType),
                        Text(p.GetValue(parameters)),
                        range is null ? null : Text(range.Minimum),
                        range is null ? null : Text(range.Maximum)
                    );
                }),
        ];
    }

    private static readonly IReadOnlyDictionary<string, string> EmptySettings = new Dictionary<string, string>();

    private static string KindOf(Type type) =>
        type == typeof(int) ? "integer"
        : type == typeof(double) ? "number"
        : type == typeof(bool) ? "boolean"
        : type.Name;

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
