using System.Collections.Immutable;
using System.Text.Json;

namespace MexcTrader.Web.State;

/// <summary>
/// Display choices (light or dark theme) with change notifications. One trader runs one process, so the choice is
/// per installation, kept in a small JSON file in the data folder so that it survives restarts.
/// </summary>
public sealed class UiPreferences
{
    private readonly string? _filePath;
    private readonly Lock _gate = new();
    private ImmutableList<Func<Task>> _subscribers = [];

    /// <param name="filePath">Where the choice is kept; null keeps it in memory only (tests).</param>
    public UiPreferences(string? filePath = null)
    {
        _filePath = filePath;
        IsDarkMode = Load(filePath)?.DarkMode ?? false;
    }

    public bool IsDarkMode { get; private set; }

    public async Task SetDarkModeAsync(bool isDarkMode, CancellationToken ct)
    {
        IsDarkMode = isDarkMode;
        await SaveAsync(isDarkMode, ct).ConfigureAwait(false);
        foreach (var subscriber in _subscribers)
        {
            await subscriber().ConfigureAwait(false);
        }
    }

    public IDisposable Subscribe(Func<Task> onChange)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onChange);
        }
        return new Subscription(this, onChange);
    }

    private async Task SaveAsync(bool isDarkMode, CancellationToken ct)
    {
        if (_filePath is null)
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_filePath)!);
            await File.WriteAllTextAsync(_filePath, JsonSerializer.Serialize(new Stored(isDarkMode)), ct)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // a read-only data folder must not break the page: the choice then lasts until restart
        }
    }

    private static Stored? Load(string? filePath)
    {
        if (filePath is null || !File.Exists(filePath))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Stored>(File.ReadAllText(filePath));
        }
        catch (JsonException)
        {
            // a hand-edited or truncated file only loses the theme choice; the default is fine
            return null;
        }
    }

    private sealed record Stored(bool DarkMode);

    private sealed class Subscription(UiPreferences owner, Func<Task> onChange) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._subscribers = owner._subscribers.Remove(onChange);
            }
        }
    }
}
