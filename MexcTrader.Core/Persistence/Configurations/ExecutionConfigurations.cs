using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Portfolio;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

// The execution tables (orders, fills, positions, protective exits, journal, equity curve) map execution's own
// records; times are Unix milliseconds on SQLite, which cannot compare DateTimeOffset text.

internal sealed class ExecutionOrderConfiguration(StorageProvider provider) : IEntityTypeConfiguration<ExecutionOrder>
{
    public void Configure(EntityTypeBuilder<ExecutionOrder> builder)
    {
        builder.ToTable("execution_orders");
        builder.HasKey(o => o.ClientOrderId);
        builder.Property(o => o.ClientOrderId).HasMaxLength(32);
        builder.Property(o => o.DecisionId).HasMaxLength(64);
        builder.Property(o => o.EngineId).HasMaxLength(64);
        builder.Property(o => o.ExchangeOrderId).HasMaxLength(64);
        builder.Property(o => o.Reason).HasMaxLength(1000);
        builder.Property(o => o.Symbol).HasConversion(ValueConversions.Symbol).HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(o => o.Leg).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Side).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(o => o.Status);
        builder.HasIndex(o => new { o.Symbol, o.CreatedAt });
        builder.HasIndex(o => o.DecisionId);
        ExecutionTimes.Apply(
            provider,
            builder.Property(o => o.SignalTime),
            builder.Property(o => o.CreatedAt),
            builder.Property(o => o.UpdatedAt)
        );
        ExecutionTimes.Apply(provider, builder.Property(o => o.AcknowledgedAt));
        ExecutionTimes.SnakeCaseColumns(builder.Metadata);
    }
}

internal sealed class FillConfiguration(StorageProvider provider) : IEntityTypeConfiguration<Fill>
{
    public void Configure(EntityTypeBuilder<Fill> builder)
    {
        builder.ToTable("execution_fills");
        builder.HasKey(f => f.FillId);
        builder.Property(f => f.FillId).HasMaxLength(64);
        builder.Property(f => f.ClientOrderId).HasMaxLength(32);
        builder.Property(f => f.OrderId).HasMaxLength(64);
        builder.Property(f => f.FeeAsset).HasMaxLength(16);
        builder.Property(f => f.Symbol).HasConversion(ValueConversions.Symbol).HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(f => f.Side).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(f => new { f.Symbol, f.Time });
        builder.HasIndex(f => f.ClientOrderId);
        ExecutionTimes.Apply(provider, builder.Property(f => f.Time));
        ExecutionTimes.SnakeCaseColumns(builder.Metadata);
    }
}

internal sealed class PositionConfiguration(StorageProvider provider) : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("execution_positions");
        builder.HasKey(p => p.Symbol);
        builder.Property(p => p.Symbol).HasConversion(ValueConversions.Symbol).HasMaxLength(Domain.Symbol.MaxLength);
        ExecutionTimes.Apply(provider, builder.Property(p => p.UpdatedAt));
        ExecutionTimes.SnakeCaseColumns(builder.Metadata);
    }
}

internal sealed class ProtectiveExitConfiguration(StorageProvider provider) : IEntityTypeConfiguration<ProtectiveExit>
{
    public void Configure(EntityTypeBuilder<ProtectiveExit> builder)
    {
        builder.ToTable("execution_protective_exits");
        builder.HasKey(e => e.Symbol);
        builder.Property(e => e.Symbol).HasConversion(ValueConversions.Symbol).HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(e => e.DecisionId).HasMaxLength(64);
        builder.Property(e => e.FiredBy).HasMaxLength(64);
        ExecutionTimes.Apply(provider, builder.Property(e => e.ArmedAt), builder.Property(e => e.UpdatedAt));
        ExecutionTimes.Apply(provider, builder.Property(e => e.FiredAt));
        ExecutionTimes.SnakeCaseColumns(builder.Metadata);
    }
}

internal sealed class JournalEntryConfiguration(StorageProvider provider) : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("execution_journal");
        builder.HasKey(j => j.Sequence);
        builder.Property(j => j.Sequence).ValueGeneratedOnAdd();
        builder.Property(j => j.Kind).HasMaxLength(32);
        builder.Property(j => j.ClientOrderId).HasMaxLength(32);
        builder.Property(j => j.Detail).HasMaxLength(2000);
        builder.Property(j => j.Symbol).HasConversion(ValueConversions.Symbol).HasMaxLength(Domain.Symbol.MaxLength);
        builder.HasIndex(j => j.ClientOrderId);
        ExecutionTimes.Apply(provider, builder.Property(j => j.Time));
        ExecutionTimes.SnakeCaseColumns(builder.Metadata);
    }
}

internal sealed class EquityPointConfiguration(StorageProvider provider) : IEntityTypeConfiguration<EquityPoint>
{
    public void Configure(EntityTypeBuilder<EquityPoint> builder)
    {
        builder.ToTable("execution_equity_points");
        builder.HasKey(p => p.Time);
        ExecutionTimes.Apply(provider, builder.Property(p => p.Time));
        ExecutionTimes.SnakeCaseColumns(builder.Metadata);
    }
}

internal static class ExecutionTimes
{
    public static void SnakeCaseColumns(IMutableEntityType entity)
    {
        foreach (var property in entity.GetDeclaredProperties())
        {
            property.SetColumnName(
                string.Concat(
                    property.Name.Select(
                        (c, i) =>
                            i > 0 && char.IsUpper(c)
                                ? "_" + char.ToLowerInvariant(c)
                                : char.ToLowerInvariant(c).ToString()
                    )
                )
            );
        }
    }

    public static void Apply(StorageProvider provider, params PropertyBuilder<DateTimeOffset>[] properties)
    {
        if (provider == StorageProvider.Sqlite)
        {
            foreach (var property in properties)
            {
                property.HasConversion(ValueConversions.UnixMilliseconds);
            }
        }
    }

    public static void Apply(StorageProvider provider, PropertyBuilder<DateTimeOffset?> property)
    {
        if (provider == StorageProvider.Sqlite)
        {
            property.HasConversion(ValueConversions.UnixMilliseconds);
        }
    }
}
