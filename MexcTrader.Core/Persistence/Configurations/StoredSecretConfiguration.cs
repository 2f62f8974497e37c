using MexcTrader.Core.Secrets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

/// <summary>Encrypted secrets by name; the plain value is never a column.</summary>
internal sealed class StoredSecretConfiguration(StorageProvider provider) : IEntityTypeConfiguration<StoredSecret>
{
    public void Configure(EntityTypeBuilder<StoredSecret> builder)
    {
        builder.ToTable("secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(SecretNames.MaxLength);
        builder.Property(s => s.Protected).HasColumnName("protected");
        builder.Property(s => s.Masked).HasColumnName("masked").HasMaxLength(16);
        var updated = builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        if (provider == StorageProvider.Sqlite)
        {
            updated.HasConversion(ValueConversions.UnixMilliseconds);
        }
    }
}
