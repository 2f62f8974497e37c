using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>
/// Validates an agent's per-pair settings with the agent factory's own <c>Create</c> and says which field is wrong:
/// each setting is tried alone (type, range, unknown name), then all together (rules across fields, attributed to the
/// first field the message names). The key <see cref="FormKey"/> holds a problem no field owns.
/// </summary>
public static class AgentSettingsCheck
{
    public const string FormKey = "";

    private const string Prefix = "Agent parameters: ";

    public static IReadOnlyDictionary<string, string> Run(
        ISignalAgentFactory factory,
        Symbol symbol,
        IReadOnlyDictionary<string, string> settings
    )
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in settings)
        {
            var alone = Create(factory, symbol, new Dictionary<string, string> { [name] = text });
            if (alone is not null)
            {
                errors[name] = alone;
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var together = Create(factory, symbol, settings);
        if (together is not null)
        {
            var names = AgentParameterInfo.Describe(factory).Select(p => p.Name);
            var owner = names
                .Select(n => (Name: n, At: together.IndexOf(n, StringComparison.Ordinal)))
                .Where(x => x.At >= 0)
                .OrderBy(x => x.At)
                .Select(x => x.Name)
                .FirstOrDefault();
            errors[owner ?? FormKey] = together;
        }
        return errors;
    }

    private static string? Create(
        ISignalAgentFactory factory,
        Symbol symbol,
        IReadOnlyDictionary<string, string> settings
    )
    {
        var created = factory.Create(new PairState(symbol, Interval.OneHour, capacity: 1), settings);
        if (created.IsSuccess)
        {
            return null;
        }
        var message = created.Failure.Message;
        return message.StartsWith(Prefix, StringComparison.Ordinal) ? message[Prefix.Length..] : message;
    }
}
