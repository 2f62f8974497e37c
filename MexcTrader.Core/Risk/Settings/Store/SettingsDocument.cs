namespace MexcTrader.Core.Risk.Settings.Store;

/// <summary>One form-edited settings object stored as JSON under its key (table settings_documents).</summary>
public sealed class SettingsDocument
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One problem with edited settings: the field it concerns (dotted path) and a sentence a trader can act on.</summary>
public sealed record SettingsProblem(string Field, string Message);
