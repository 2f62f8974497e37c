using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;

namespace MexcTrader.Web.Api;

/// <summary>A stored signal; outcome fields are null until its horizon has passed and it was scored.</summary>
public sealed record SignalDto(
    long Id,
    string Symbol,
    string AgentId,
    int AgentVersion,
    DateTimeOffset Time,
    double Score,
    double Confidence,
    double HorizonSeconds,
    string Rationale,
    IReadOnlyDictionary<string, double> Features,
    string Parameters,
    bool Scored,
    bool? Hit,
    double? Return
)
{
    public static SignalDto From(StoredSignal stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Signal;
        return new(
            stored.Id,
            s.Symbol.Value,
            s.AgentId,
            s.AgentVersion,
            s.Time.ToUniversalTime(),
            s.Score,
            s.Confidence,
            s.Horizon.TotalSeconds,
            s.Rationale,
            s.Features,
            stored.ParametersJson,
            stored.Outcome is not null,
            stored.Outcome?.Hit,
            stored.Outcome?.Return
        );
    }
}

/// <summary>One page of signals, newest first.</summary>
public sealed record SignalPageDto(IReadOnlyList<SignalDto> Items, int Page, int PageSize, long Total, int TotalPages)
{
    public static SignalPageDto From(SignalPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new([.. page.Items.Select(SignalDto.From)], page.Page, page.PageSize, page.Total, page.TotalPages);
    }
}

/// <summary>An agent's accuracy on one pair, or over all pairs when symbol is null; rates are null before any score.</summary>
public sealed record AgentAccuracyDto(
    string AgentId,
    string? Symbol,
    int Scored,
    int Hits,
    double? HitRate,
    double? MeanDirectionalReturn
)
{
    public static AgentAccuracyDto From(AgentAccuracy accuracy)
    {
        ArgumentNullException.ThrowIfNull(accuracy);
        return new(
            accuracy.AgentId,
            accuracy.Symbol?.Value,
            accuracy.Scored,
            accuracy.Hits,
            double.IsFinite(accuracy.HitRate) ? accuracy.HitRate : null,
            double.IsFinite(accuracy.MeanDirectionalReturn) ? accuracy.MeanDirectionalReturn : null
        );
    }
}

/// <summary>An error an agent met instead of producing a signal.</summary>
public sealed record AgentFaultDto(
    string Symbol,
    string AgentId,
    int AgentVersion,
    DateTimeOffset Time,
    AgentFaultKind Kind,
    string Message
)
{
    public static AgentFaultDto From(AgentFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return new(
            fault.Symbol.Value,
            fault.AgentId,
            fault.AgentVersion,
            fault.Time.ToUniversalTime(),
            fault.Kind,
            fault.Message
        );
    }
}
