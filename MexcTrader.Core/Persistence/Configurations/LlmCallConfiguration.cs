using MexcTrader.Core.Decisions.Llm.Recording;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MexcTrader.Core.Persistence.Configurations;

/// <summary>Recorded LLM calls: looked up by input hash (replay) and listed newest first by id.</summary>
internal sealed class LlmCallConfiguration(StorageProvider provider) : IEntityTypeConfiguration<LlmCallRecord>
{
    public void Configure(EntityTypeBuilder<LlmCallRecord> builder)
    {
        builder.ToTable("llm_calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(c => c.CycleId).HasColumnName("cycle_id");
        builder.Property(c => c.Attempt).HasColumnName("attempt");
        var created = builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        if (provider == StorageProvider.Sqlite)
        {
            created.HasConversion(ValueConversions.UnixMilliseconds);
        }
        builder.Property(c => c.InputHash).HasColumnName("input_hash").HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.Provider).HasColumnName("provider").HasMaxLength(32);
        builder.Property(c => c.Model).HasColumnName("model").HasMaxLength(100);
        builder.Property(c => c.PromptVersion).HasColumnName("prompt_version").HasMaxLength(80);
        builder.Property(c => c.Temperature).HasColumnName("temperature");
        builder.Property(c => c.MaxOutputTokens).HasColumnName("max_output_tokens");
        builder.Property(c => c.Masked).HasColumnName("masked");
        builder.Property(c => c.Request).HasColumnName("request");
        builder.Property(c => c.Response).HasColumnName("response");
        builder.Property(c => c.Refusal).HasColumnName("refusal");
        builder.Property(c => c.FinishReason).HasColumnName("finish_reason").HasMaxLength(32);
        builder.Property(c => c.InputTokens).HasColumnName("input_tokens");
        builder.Property(c => c.OutputTokens).HasColumnName("output_tokens");
        builder.Property(c => c.LatencyMs).HasColumnName("latency_ms");
        builder.Property(c => c.CostUsd).HasColumnName("cost_usd").HasPrecision(18, 8);
        builder.Property(c => c.Outcome).HasColumnName("outcome").HasMaxLength(40);
        builder.Property(c => c.OutcomeDetail).HasColumnName("outcome_detail");
        builder.Property(c => c.CallFailed).HasColumnName("call_failed");
        builder.HasIndex(c => c.InputHash);
        builder.HasIndex(c => c.CycleId);
        builder.HasIndex(c => c.CreatedAt);
    }
}
