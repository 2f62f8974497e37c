using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Persistence;

/// <summary>Which database the product uses (section "Database"); the connection string is ConnectionStrings:Trading.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Trading";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Rows per prepared-statement batch on the SQLite bulk path.</summary>
    [Range(1, 100_000)]
    public int SqliteBatchSize { get; set; } = 1_000;
}
