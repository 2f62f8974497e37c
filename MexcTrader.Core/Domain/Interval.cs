namespace MexcTrader.Core.Domain;

/// <summary>Candle intervals, named as traders write them.</summary>
public enum Interval
{
    OneMinute,
    FiveMinutes,
    FifteenMinutes,
    ThirtyMinutes,
    OneHour,
    FourHours,
    OneDay,
    OneWeek,
    OneMonth,
}
