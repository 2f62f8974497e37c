using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;

namespace MexcTrader.Web.State;

/// <summary>One candle-import job as the UI shows it.</summary>
public sealed record ImportJobView(
    string JobId,
    string FileName,
    Symbol Symbol,
    Interval Interval,
    DateTimeOffset QueuedAt,
    ImportProgress Progress
);
