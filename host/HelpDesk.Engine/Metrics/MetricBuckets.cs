using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Metrics;

/// <summary>
/// Where time buckets start. Hours are UTC hours; days and weeks (from Monday) follow the organisation's time zone, so a
/// supervisor's "Tuesday" is their Tuesday, with its 23 or 25 hours around a daylight saving change.
/// </summary>
public static class MetricBuckets
{
    /// <summary>The bucket lengths every observation is folded into.</summary>
    public static IReadOnlyList<MetricBucket> All { get; } = [MetricBucket.Hour, MetricBucket.Day, MetricBucket.Week];

    /// <summary>Gets the start of the bucket an instant falls into.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="bucket">The bucket length.</param>
    /// <param name="zone">The organisation's time zone.</param>
    /// <returns>The bucket's start, as a UTC instant.</returns>
    public static DateTimeOffset StartOf(DateTimeOffset at, MetricBucket bucket, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = at.ToUniversalTime();
        if (bucket == MetricBucket.Hour)
        {
            return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        }

        var localDate = TimeZoneInfo.ConvertTime(utc, zone).Date;
        if (bucket == MetricBucket.Week)
        {
            localDate = localDate.AddDays(-(((int)localDate.DayOfWeek + 6) % 7));
        }

        return StartOfLocalDay(localDate, zone);
    }

    /// <summary>Gets the start of the bucket after the one starting at <paramref name="start"/>.</summary>
    /// <param name="start">A bucket's start.</param>
    /// <param name="bucket">The bucket length.</param>
    /// <param name="zone">The organisation's time zone.</param>
    /// <returns>The next bucket's start.</returns>
    public static DateTimeOffset Next(DateTimeOffset start, MetricBucket bucket, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (bucket == MetricBucket.Hour)
        {
            return start.AddHours(1);
        }

        var localDate = TimeZoneInfo.ConvertTime(start, zone).Date;
        return StartOfLocalDay(localDate.AddDays(bucket == MetricBucket.Week ? 7 : 1), zone);
    }

    private static DateTimeOffset StartOfLocalDay(DateTime localDate, TimeZoneInfo zone)
    {
        // Where a clock change skips midnight, the day starts at the first minute that exists.
        var local = DateTime.SpecifyKind(localDate, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
