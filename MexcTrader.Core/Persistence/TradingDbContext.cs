using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence.Configurations;
using MexcTrader.Core.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Persistence;

/// <summary>The one EF Core model, shared by the SQLite and PostgreSQL providers (each has its own migrations).</summary>
public class TradingDbContext(DbContextOptions<TradingDbContext> options) : DbContext(options)
{
    public DbSet<Candle> Candles => Set<Candle>();

    public DbSet<TradingPair> TradingPairs => Set<TradingPair>();

    public DbSet<SignalRecord> Signals => Set<SignalRecord>();

    public DbSet<AgentFaultRecord> AgentFaults => Set<AgentFaultRecord>();

    public DbSet<PairAgentSetting> PairAgentSettings => Set<PairAgentSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var provider = StorageProviders.FromEfProviderName(Database.ProviderName);
        modelBuilder.ApplyConfiguration(new CandleConfiguration(provider));
        modelBuilder.ApplyConfiguration(new TradingPairConfiguration(provider));
        modelBuilder.ApplyConfiguration(new SignalRecordConfiguration(provider));
        modelBuilder.ApplyConfiguration(new AgentFaultRecordConfiguration(provider));
        modelBuilder.ApplyConfiguration(new PairAgentSettingConfiguration(provider));
    }
}
