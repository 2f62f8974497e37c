using System.Security.Cryptography;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Secrets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Web.Hosting.Secrets;

/// <summary>
/// <see cref="ISecretStore"/> with ASP.NET Core Data Protection: values are encrypted before they reach the database
/// (table secrets) and only the masked hint is stored beside them. The key ring lives outside the database.
/// </summary>
public sealed class DataProtectionSecretStore(
    IDataProtectionProvider protection,
    IDbContextFactory<TradingDbContext> contexts,
    TimeProvider clock
) : ISecretStore
{
    // A new purpose string would make every stored secret unreadable: change it only with a migration of the values.
    private const string Purpose = "MexcTrader.Secrets.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<Result<string>> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (!SecretNames.TryValidate(name, out var invalid))
        {
            return Result.Fail<string>(invalid);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db
            .Secrets.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Name == name, cancellationToken)
            .ConfigureAwait(false);
        if (stored is null)
        {
            return Result.Fail<string>(SecretFailures.NotFound, $"No secret named '{name}' is stored.");
        }
        try
        {
            return Result.Ok(_protector.Unprotect(stored.Protected));
        }
        catch (CryptographicException)
        {
            // the key ring was lost or belongs to another installation; the value must be entered again
            return Result.Fail<string>(
                SecretFailures.Unreadable,
                $"The secret '{name}' cannot be decrypted with this installation's keys; store it again."
            );
        }
    }

    public async Task<Result<SecretInfo>> SetAsync(string name, string value, CancellationToken cancellationToken)
    {
        if (!SecretNames.TryValidate(name, out var invalid))
        {
            return Result.Fail<SecretInfo>(invalid);
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            return Result.Fail<SecretInfo>(SecretFailures.EmptyValue, "The secret value is empty.");
        }
        var trimmed = value.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.Secrets.FirstOrDefaultAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (stored is null)
        {
            stored = new StoredSecret
            {
                Name = name,
                Protected = "",
                Masked = "",
            };
            db.Secrets.Add(stored);
        }
        stored.Protected = _protector.Protect(trimmed);
        stored.Masked = SecretMask.Mask(trimmed);
        stored.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(new SecretInfo(name, stored.Masked, now));
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Secrets.Where(s => s.Name == name).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false)
            > 0;
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Secrets.AnyAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SecretInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db
            .Secrets.AsNoTracking()
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(s => new SecretInfo(s.Name, s.Masked, s.UpdatedAt))];
    }
}
