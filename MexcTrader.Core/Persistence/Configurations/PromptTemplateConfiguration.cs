using MexcTrader.Core.Decisions.Llm.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

/// <summary>Prompt versions: (id, version) is the key, so a version is written once and never changed.</summary>
internal sealed class PromptTemplateConfiguration(StorageProvider provider) : IEntityTypeConfiguration<PromptTemplate>
{
    public void Configure(EntityTypeBuilder<PromptTemplate> builder)
    {
        builder.ToTable("prompt_templates");
        builder.HasKey(p => new { p.Id, p.Version });
        builder.Ignore(p => p.Label);
        builder.Property(p => p.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(p => p.Version).HasColumnName("version");
        builder.Property(p => p.Text).HasColumnName("text").HasMaxLength(PromptTemplate.MaxTextLength);
        var created = builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        if (provider == StorageProvider.Sqlite)
        {
            created.HasConversion(ValueConversions.UnixMilliseconds);
        }
    }
}
