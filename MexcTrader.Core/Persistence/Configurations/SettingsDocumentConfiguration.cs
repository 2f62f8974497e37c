using MexcTrader.Core.Risk.Settings.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

/// <summary>Form-edited settings as one JSON document per key (risk, rules, llm).</summary>
internal sealed class SettingsDocumentConfiguration(StorageProvider provider)
    : IEntityTypeConfiguration<SettingsDocument>
{
    public void Configure(EntityTypeBuilder<SettingsDocument> builder)
    {
        builder.ToTable("settings_documents");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasColumnName("key").HasMaxLength(40);
        builder.Property(s => s.Json).HasColumnName("json");
        CycleRowConfiguration.Instant(builder.Property(s => s.UpdatedAt).HasColumnName("updated_at"), provider);
    }
}
