using MexcTrader.Core.Signals.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

internal sealed class SignalRecordConfiguration(StorageProvider provider) : IEntityTypeConfiguration<SignalRecord>
{
    public void Configure(EntityTypeBuilder<SignalRecord> builder)
    {
        builder.ToTable("signals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder
            .Property(s => s.Symbol)
            .HasColumnName("symbol")
            .HasConversion(ValueConversions.Symbol)
            .HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(s => s.AgentId).HasColumnName("agent_id").HasMaxLength(64);
        builder.Property(s => s.AgentVersion).HasColumnName("agent_version");
        var time = builder.Property(s => s.Time).HasColumnName("time");
        if (provider == StorageProvider.Sqlite)
        {
            time.HasConversion(ValueConversions.UnixMilliseconds);
        }
        builder.Property(s => s.Score).HasColumnName("score");
        builder.Property(s => s.Confidence).HasColumnName("confidence");
        builder.Property(s => s.Horizon).HasColumnName("horizon_ms").HasConversion(ValueConversions.Milliseconds);
        builder.Property(s => s.Rationale).HasColumnName("rationale").HasMaxLength(2000);
        builder.Property(s => s.FeaturesJson).HasColumnName("features");
        builder.Property(s => s.ParametersJson).HasColumnName("parameters");
        builder.Property(s => s.EntryPrice).HasColumnName("entry_price");
        builder.Property(s => s.ExitPrice).HasColumnName("exit_price");
        builder.Property(s => s.Return).HasColumnName("outcome_return");
        builder.Property(s => s.Hit).HasColumnName("outcome_hit");
        // the Signals page and the Pair page read newest first, by pair and by agent
        builder.HasIndex(s => new { s.Symbol, s.Time }).HasDatabaseName("ix_signals_symbol_time");
        builder.HasIndex(s => new { s.AgentId, s.Time }).HasDatabaseName("ix_signals_agent_time");
        builder.HasIndex(s => s.Time).HasDatabaseName("ix_signals_time");
    }
}
