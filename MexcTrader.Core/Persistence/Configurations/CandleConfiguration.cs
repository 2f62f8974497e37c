using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

/// <summary>Candles live in one table keyed by (symbol, interval, open time); the bulk loaders write these names directly.</summary>
internal sealed class CandleConfiguration(StorageProvider provider) : IEntityTypeConfiguration<Candle>
{
    public void Configure(EntityTypeBuilder<Candle> builder)
    {
        builder.ToTable(CandleTable.Name);
        builder.HasKey(c => new
        {
            c.Symbol,
            c.Interval,
            c.OpenTime,
        });
        builder.Ignore(c => c.IsClosed);
        builder
            .Property(c => c.Symbol)
            .HasColumnName("symbol")
            .HasConversion(ValueConversions.Symbol)
            .HasMaxLength(Symbol.MaxLength);
        builder
            .Property(c => c.Interval)
            .HasColumnName("interval")
            .HasConversion(ValueConversions.Interval)
            .HasMaxLength(4);
        var openTime = builder.Property(c => c.OpenTime).HasColumnName("open_time");
        if (provider == StorageProvider.Sqlite)
        {
            // SQLite cannot order or compare DateTimeOffset text, so the time is stored as Unix milliseconds.
            openTime.HasConversion(ValueConversions.UnixMilliseconds);
        }
        builder.Property(c => c.Open).HasColumnName("open");
        builder.Property(c => c.High).HasColumnName("high");
        builder.Property(c => c.Low).HasColumnName("low");
        builder.Property(c => c.Close).HasColumnName("close");
        builder.Property(c => c.Volume).HasColumnName("volume");
        builder.Property(c => c.QuoteVolume).HasColumnName("quote_volume");
    }
}
