using MexcTrader.Core.MarketData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

internal sealed class TradingPairConfiguration(StorageProvider provider) : IEntityTypeConfiguration<TradingPair>
{
    public void Configure(EntityTypeBuilder<TradingPair> builder)
    {
        builder.ToTable("trading_pairs");
        builder.HasKey(p => p.Symbol);
        builder
            .Property(p => p.Symbol)
            .HasColumnName("symbol")
            .HasConversion(ValueConversions.Symbol)
            .HasMaxLength(Domain.Symbol.MaxLength);
        builder.Property(p => p.Enabled).HasColumnName("enabled");
        builder
            .Property(p => p.Intervals)
            .HasColumnName("intervals")
            .HasConversion(ValueConversions.IntervalList, ValueConversions.IntervalListComparer)
            .HasMaxLength(64);
        var created = builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        var updated = builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        if (provider == StorageProvider.Sqlite)
        {
            created.HasConversion(ValueConversions.UnixMilliseconds);
            updated.HasConversion(ValueConversions.UnixMilliseconds);
        }
    }
}
