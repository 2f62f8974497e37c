using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>
/// Binds an agent's typed parameters record from stored per-pair settings (name → invariant text): names match
/// properties case-insensitively, missing ones keep the record's defaults, unknown names and values outside a
/// property's <see cref="RangeAttribute"/> fail with a message naming the setting.
/// </summary>
public static class AgentParameters
{
    public const string FailureCode = "agent.bad-parameters";

    public static Result<T> Bind<
        [DynamicallyAccessedMembers(
            DynamicallyAccessedMemberTypes.PublicProperties
                | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor
        )]
            T
    >(IReadOnlyDictionary<string, string> settings)
        where T : class, new()
    {
        var parameters = new T();
        var properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in settings)
        {
            if (!properties.TryGetValue(name, out var property))
            {
                return Fail<T>(
                    $"unknown setting '{name}'; known: {string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))}."
                );
            }
            if (!TryConvert(text, property.PropertyType, out var value))
            {
                return Fail<T>($"setting '{name}' = '{text}' is not a valid {property.PropertyType.Name}.");
            }
            property.SetValue(parameters, value);
        }
        var errors = new List<ValidationResult>();
        if (
            !Validator.TryValidateObject(
                parameters,
                new ValidationContext(parameters),
                errors,
                validateAllProperties: true
            )
        )
        {
            return Fail<T>(string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }
        if (
            parameters is IValidatableObject custom
            && custom.Validate(new ValidationContext(parameters)).FirstOrDefault() is { } problem
        )
        {
            return Fail<T>(problem.ErrorMessage ?? "invalid combination of settings.");
        }
        return Result.Ok(parameters);
    }

    private static bool TryConvert(string text, Type type, out object? value)
    {
        value = null;
        if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
        }
        else if (
            type == typeof(double)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && double.IsFinite(d)
        )
        {
            value = d;
        }
        else if (type == typeof(bool) && bool.TryParse(text, out var b))
        {
            value = b;
        }
        return value is not null;
    }

    private static Result<T> Fail<T>(string message) => Result.Fail<T>(FailureCode, "Agent parameters: " + message);
}
