using MexcTrader.Core.MarketData;
using MexcTrader.Core.Signals.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

internal sealed class PairAgentSettingConfiguration(StorageProvider provider)
    : IEntityTypeConfiguration<PairAgentSetting>
{
    public void Configure(EntityTypeBuilder<PairAgentSetting> builder)
    {
        builder.ToTable("pair_agent_settings");
        builder.HasKey(s => new { s.Symbol, s.AgentId });
        builder
            .Property(s => s.Symbol)
            .HasColumnName("symbol")
            .HasConversion(ValueConversions.Symbol)
            .HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(s => s.AgentId).HasColumnName("agent_id").HasMaxLength(64);
        builder.Property(s => s.Enabled).HasColumnName("enabled");
        builder
            .Property(s => s.Parameters)
            .HasColumnName("parameters")
            .HasConversion(ValueConversions.TextMap, ValueConversions.TextMapComparer);
        var updated = builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        if (provider == StorageProvider.Sqlite)
        {
            updated.HasConversion(ValueConversions.UnixMilliseconds);
        }
        // settings belong to a followed pair: removing the pair removes them
        builder.HasOne<TradingPair>().WithMany().HasForeignKey(s => s.Symbol).OnDelete(DeleteBehavior.Cascade);
    }
}
