using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence.Configurations;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Core.Secrets;
using MexcTrader.Core.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Persistence;

/// <summary>The one EF Core model, shared by the SQLite and PostgreSQL providers (each has its own migrations).</summary>
public class TradingDbContext(DbContextOptions<TradingDbContext> options) : DbContext(options)
{
    public DbSet<Candle> Candles => Set<Candle>();

    public DbSet<TradingPair> TradingPairs => Set<TradingPair>();

    public DbSet<LlmCallRecord> LlmCalls => Set<LlmCallRecord>();

    public DbSet<PromptTemplate> PromptTemplates => Set<PromptTemplate>();

    public DbSet<StoredSecret> Secrets => Set<StoredSecret>();

    public DbSet<SignalRecord> Signals => Set<SignalRecord>();

    public DbSet<AgentFaultRecord> AgentFaults => Set<AgentFaultRecord>();

    public DbSet<PairAgentSetting> PairAgentSettings => Set<PairAgentSetting>();

    public DbSet<ExecutionOrder> ExecutionOrders => Set<ExecutionOrder>();

    public DbSet<Fill> Fills => Set<Fill>();

    public DbSet<Portfolio.Position> Positions => Set<Portfolio.Position>();

    public DbSet<ProtectiveExit> ProtectiveExits => Set<ProtectiveExit>();

    public DbSet<JournalEntry> ExecutionJournal => Set<JournalEntry>();

    public DbSet<EquityPoint> EquityPoints => Set<EquityPoint>();

    public DbSet<CycleRow> DecisionCycles => Set<CycleRow>();

    public DbSet<DecisionRow> DecisionRecords => Set<DecisionRow>();

    public DbSet<RiskEventRow> RiskEvents => Set<RiskEventRow>();

    public DbSet<SettingsDocument> SettingsDocuments => Set<SettingsDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var provider = StorageProviders.FromEfProviderName(Database.ProviderName);
        modelBuilder.ApplyConfiguration(new CandleConfiguration(provider));
        modelBuilder.ApplyConfiguration(new TradingPairConfiguration(provider));
        modelBuilder.ApplyConfiguration(new LlmCallConfiguration(provider));
        modelBuilder.ApplyConfiguration(new PromptTemplateConfiguration(provider));
        modelBuilder.ApplyConfiguration(new StoredSecretConfiguration(provider));
        modelBuilder.ApplyConfiguration(new SignalRecordConfiguration(provider));
        modelBuilder.ApplyConfiguration(new AgentFaultRecordConfiguration(provider));
        modelBuilder.ApplyConfiguration(new PairAgentSettingConfiguration(provider));
        modelBuilder.ApplyConfiguration(new ExecutionOrderConfiguration(provider));
        modelBuilder.ApplyConfiguration(new FillConfiguration(provider));
        modelBuilder.ApplyConfiguration(new PositionConfiguration(provider));
        modelBuilder.ApplyConfiguration(new ProtectiveExitConfiguration(provider));
        modelBuilder.ApplyConfiguration(new JournalEntryConfiguration(provider));
        modelBuilder.ApplyConfiguration(new EquityPointConfiguration(provider));
        modelBuilder.ApplyConfiguration(new CycleRowConfiguration(provider));
        modelBuilder.ApplyConfiguration(new DecisionRowConfiguration(provider));
        modelBuilder.ApplyConfiguration(new RiskEventRowConfiguration(provider));
        modelBuilder.ApplyConfiguration(new SettingsDocumentConfiguration(provider));
    }
}
