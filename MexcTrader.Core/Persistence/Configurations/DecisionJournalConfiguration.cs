using MexcTrader.Core.Decisions.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

/// <summary>Journal cycles keyed by cycle id (recording twice keeps the first), listed newest first by time.</summary>
internal sealed class CycleRowConfiguration(StorageProvider provider) : IEntityTypeConfiguration<CycleRow>
{
    public void Configure(EntityTypeBuilder<CycleRow> builder)
    {
        builder.ToTable("decision_cycles");
        builder.HasKey(c => c.CycleId);
        builder.Property(c => c.CycleId).HasColumnName("cycle_id").ValueGeneratedNever();
        Instant(builder.Property(c => c.Time).HasColumnName("time"), provider);
        builder.Property(c => c.EngineId).HasColumnName("engine_id").HasMaxLength(64);
        builder.Property(c => c.Model).HasColumnName("model").HasMaxLength(100);
        builder.Property(c => c.PromptVersion).HasColumnName("prompt_version").HasMaxLength(80);
        builder.Property(c => c.InputHash).HasColumnName("input_hash").HasMaxLength(64);
        builder.Property(c => c.LlmCallId).HasColumnName("llm_call_id");
        builder.Property(c => c.SnapshotJson).HasColumnName("snapshot");
        builder.Property(c => c.RejectionsJson).HasColumnName("rejections");
        builder.Property(c => c.NotesJson).HasColumnName("notes");
        builder.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.Time);
        builder.HasIndex(c => c.EngineId);
    }

    internal static void Instant(PropertyBuilder<DateTimeOffset> property, StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            property.HasConversion(ValueConversions.UnixMilliseconds);
        }
    }
}

/// <summary>Decision records, one per pair and cycle; filtered by symbol and risk outcome.</summary>
internal sealed class DecisionRowConfiguration(StorageProvider provider) : IEntityTypeConfiguration<DecisionRow>
{
    public void Configure(EntityTypeBuilder<DecisionRow> builder)
    {
        builder.ToTable("decision_records");
        builder.HasKey(d => d.DecisionId);
        builder.Property(d => d.DecisionId).HasColumnName("decision_id").HasMaxLength(80);
        builder.Property(d => d.CycleId).HasColumnName("cycle_id");
        builder.Property(d => d.Position).HasColumnName("position");
        CycleRowConfiguration.Instant(builder.Property(d => d.Time).HasColumnName("time"), provider);
        builder.Property(d => d.Symbol).HasColumnName("symbol").HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(d => d.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Quantity).HasColumnName("quantity").HasPrecision(28, 12);
        builder.Property(d => d.ReferencePrice).HasColumnName("reference_price").HasPrecision(28, 12);
        builder.Property(d => d.StopLoss).HasColumnName("stop_loss").HasPrecision(28, 12);
        builder.Property(d => d.TakeProfit).HasColumnName("take_profit").HasPrecision(28, 12);
        builder.Property(d => d.TrailingDistance).HasColumnName("trailing_distance").HasPrecision(28, 12);
        builder.Property(d => d.Confidence).HasColumnName("confidence");
        builder.Property(d => d.Reasoning).HasColumnName("reasoning");
        builder.Property(d => d.AlternativesJson).HasColumnName("alternatives");
        builder.Property(d => d.RiskReasonsJson).HasColumnName("risk_reasons");
        builder.Property(d => d.LimitsJson).HasColumnName("limits");
        builder.HasIndex(d => new { d.CycleId, d.Position });
        builder.HasIndex(d => d.Symbol);
    }
}

/// <summary>Risk events, newest first by time.</summary>
internal sealed class RiskEventRowConfiguration(StorageProvider provider) : IEntityTypeConfiguration<RiskEventRow>
{
    public void Configure(EntityTypeBuilder<RiskEventRow> builder)
    {
        builder.ToTable("risk_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(e => e.CycleId).HasColumnName("cycle_id");
        CycleRowConfiguration.Instant(builder.Property(e => e.Time).HasColumnName("time"), provider);
        builder.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Breaker).HasColumnName("breaker").HasMaxLength(40);
        builder.Property(e => e.Symbol).HasColumnName("symbol").HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(e => e.State).HasColumnName("state").HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Detail).HasColumnName("detail");
        builder.HasIndex(e => e.Time);
    }
}
