using System.Text.Json;
using System.Text.Json.Serialization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Risk.Settings.Store;

/// <summary>
/// Settings a trader edits in the UI or the API, kept in the database as one JSON document. <see cref="Current"/> is
/// always valid (defaults until something is saved); subscribers hear of every save, so the engine takes new limits
/// without a restart. Values handed out are copies made from the JSON: changing one changes nothing stored.
/// </summary>
public abstract class SettingsStore<T>
    where T : class
{
    public const string InvalidCode = "settings.invalid";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IDbContextFactory<TradingDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly string _key;
    private readonly T _defaults;
    private readonly Lock _gate = new();
    private readonly List<Action<T>> _subscribers = [];
    private string _currentJson;

    protected SettingsStore(IDbContextFactory<TradingDbContext> contexts, TimeProvider clock, string key, T defaults)
    {
        _contexts = contexts;
        _clock = clock;
        _key = key;
        _defaults = defaults;
        _currentJson = Write(defaults);
    }

    /// <summary>The settings in force: a fresh copy on each read.</summary>
    public T Current => Read(Volatile.Read(ref _currentJson));

    /// <summary>The shipped (configured) defaults, for a form's reset button.</summary>
    public T Defaults => Read(Write(_defaults));

    /// <summary>Every problem with <paramref name="value"/>, by field; empty when it may be saved.</summary>
    public abstract IReadOnlyList<SettingsProblem> Validate(T value);

    /// <summary>Reads the stored document into <see cref="Current"/>; keeps the defaults when nothing (valid) is stored.</summary>
    public async Task<T> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db
            .SettingsDocuments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Key == _key, cancellationToken)
            .ConfigureAwait(false);
        if (stored is not null && TryRead(stored.Json) is { } value && Validate(value).Count == 0)
        {
            Volatile.Write(ref _currentJson, Write(value));
        }
        return Current;
    }

    /// <summary>Validates, stores and publishes; a <see cref="InvalidCode"/> failure lists every problem otherwise.</summary>
    public async Task<Result<T>> SaveAsync(T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = Validate(value);
        if (problems.Count > 0)
        {
            return Result.Fail<T>(new Failure(InvalidCode, string.Join(" ", problems.Select(p => p.Message))));
        }
        var json = Write(value);
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = await db
                .SettingsDocuments.FirstOrDefaultAsync(d => d.Key == _key, cancellationToken)
                .ConfigureAwait(false);
            if (stored is null)
            {
                db.SettingsDocuments.Add(
                    new SettingsDocument
                    {
                        Key = _key,
                        Json = json,
                        UpdatedAt = _clock.GetUtcNow(),
                    }
                );
            }
            else
            {
                stored.Json = json;
                stored.UpdatedAt = _clock.GetUtcNow();
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        Volatile.Write(ref _currentJson, json);
        Action<T>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }
        foreach (var subscriber in subscribers)
        {
            subscriber(Read(json));
        }
        return Result.Ok(Read(json));
    }

    /// <summary>Called with the new settings after every save; dispose the result to stop.</summary>
    public IDisposable Subscribe(Action<T> onChanged)
    {
        lock (_gate)
        {
            _subscribers.Add(onChanged);
        }
        return new Subscription(this, onChanged);
    }

    private void Unsubscribe(Action<T> onChanged)
    {
        lock (_gate)
        {
            _subscribers.Remove(onChanged);
        }
    }

    private static string Write(T value) => JsonSerializer.Serialize(value, Json);

    private static T Read(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException("Settings JSON is null.");

    private static T? TryRead(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException)
        {
            return null; // a hand-edited or older document: the defaults stay in force
        }
    }

    private sealed class Subscription(SettingsStore<T> owner, Action<T> onChanged) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onChanged);
    }
}
