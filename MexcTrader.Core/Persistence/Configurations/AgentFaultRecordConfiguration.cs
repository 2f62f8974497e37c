using MexcTrader.Core.Signals.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

internal sealed class AgentFaultRecordConfiguration(StorageProvider provider)
    : IEntityTypeConfiguration<AgentFaultRecord>
{
    public void Configure(EntityTypeBuilder<AgentFaultRecord> builder)
    {
        builder.ToTable("agent_faults");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id");
        builder
            .Property(f => f.Symbol)
            .HasColumnName("symbol")
            .HasConversion(ValueConversions.Symbol)
            .HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(f => f.AgentId).HasColumnName("agent_id").HasMaxLength(64);
        builder.Property(f => f.AgentVersion).HasColumnName("agent_version");
        var time = builder.Property(f => f.Time).HasColumnName("time");
        if (provider == StorageProvider.Sqlite)
        {
            time.HasConversion(ValueConversions.UnixMilliseconds);
        }
        builder.Property(f => f.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Message).HasColumnName("message").HasMaxLength(AgentFaultRecord.MaxMessageLength);
        builder.HasIndex(f => new { f.Symbol, f.Time }).HasDatabaseName("ix_agent_faults_symbol_time");
    }
}
