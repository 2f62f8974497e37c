using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Core.Secrets;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Storage;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Engine;

/// <summary>What one engine run stands on, from the app's services; the journal is optional until it is registered.</summary>
public sealed class EngineServices(
    IOptions<EngineOptions> options,
    IConfiguration configuration,
    TradingPairService pairs,
    AgentSettingsService agentSettings,
    SignalAgentCatalog catalog,
    SignalStore signals,
    SignalRecorder recorder,
    ICandleBulkLoader loader,
    CandleReader reader,
    GapDetector gaps,
    RiskModule risk,
    LlmDecisionEngine llm,
    LlmHealth llmHealth,
    IOptionsMonitor<LlmOptions> llmOptions,
    RiskSettingsStore riskSettings,
    RuleSettingsStore ruleSettings,
    LlmSettingsStore llmSettings,
    ISecretStore secrets,
    EngineControl control,
    EngineStatus status,
    CashPortfolio portfolio,
    IExecutionStore executionStore,
    EngineExecution execution,
    TimeProvider clock,
    ILoggerFactory logs,
    IEnumerable<IDecisionJournal> journals
)
{
    public EngineOptions Options { get; } = options.Value;
    public IConfiguration Configuration => configuration;
    public TradingPairService Pairs => pairs;
    public AgentSettingsService AgentSettings => agentSettings;
    public SignalAgentCatalog Catalog => catalog;
    public SignalStore Signals => signals;
    public SignalRecorder Recorder => recorder;
    public ICandleBulkLoader Loader => loader;
    public CandleReader Reader => reader;
    public GapDetector Gaps => gaps;
    public RiskModule Risk => risk;
    public LlmDecisionEngine Llm => llm;
    public LlmHealth LlmHealth => llmHealth;
    public IOptionsMonitor<LlmOptions> LlmOptions => llmOptions;
    public RiskSettingsStore RiskSettings => riskSettings;
    public RuleSettingsStore RuleSettings => ruleSettings;
    public LlmSettingsStore LlmSettings => llmSettings;
    public ISecretStore Secrets => secrets;
    public EngineControl Control => control;
    public EngineStatus Status => status;
    public CashPortfolio Portfolio => portfolio;
    public IExecutionStore ExecutionStore => executionStore;
    public EngineExecution Execution => execution;
    public TimeProvider Clock => clock;
    public ILoggerFactory Logs => logs;

    /// <summary>The registered decision journal, or null while none is (cycles are then only shown, not kept).</summary>
    public IDecisionJournal? Journal { get; } = journals.LastOrDefault();
}
