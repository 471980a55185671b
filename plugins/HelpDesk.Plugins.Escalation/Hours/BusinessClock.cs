using System.Globalization;

namespace HelpDesk.Plugins.Escalation.Hours;

/// <summary>
/// Counts time the way service level targets do: only inside the organisation's opening hours, read in its
/// time zone, so a target spans the weekend and daylight saving changes the way agents experience them.
/// </summary>
internal sealed class BusinessClock(BusinessSchedule schedule, TimeZoneInfo zone)
{
    // Far enough for any target (years of opening hours), near enough to stop on a schedule that never opens.
    private const int MaxDaysAhead = 3 * 366;

    /// <summary>Gets whether every minute counts, so business time is plain elapsed time.</summary>
    public bool IsAroundTheClock => schedule.IsAroundTheClock;

    /// <summary>Gets the business time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (IsAroundTheClock)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        for (var date = LocalDate(from).AddDays(-1); date <= LocalDate(to); date = date.AddDays(1))
        {
            foreach (var (opens, closes) in Windows(date))
            {
                var start = opens > from ? opens : from;
                var end = closes < to ? closes : to;
                total += end > start ? end - start : TimeSpan.Zero;
            }
        }

        return total;
    }

    /// <summary>Gets the instant at which <paramref name="businessTime"/> of business time has passed since <paramref name="from"/>.</summary>
    /// <returns>The instant, or <see langword="null"/> when the schedule does not open often enough to get there.</returns>
    public DateTimeOffset? After(DateTimeOffset from, TimeSpan businessTime)
    {
        if (IsAroundTheClock)
        {
            return from + businessTime;
        }

        var left = businessTime;
        var first = LocalDate(from).AddDays(-1);
        for (var date = first; date <= first.AddDays(MaxDaysAhead); date = date.AddDays(1))
        {
            foreach (var (opens, closes) in Windows(date))
            {
                var start = opens > from ? opens : from;
                if (closes <= start)
                {
                    continue;
                }

                if (closes - start >= left)
                {
                    return start + left;
                }

                left -= closes - start;
            }
        }

        return null;
    }

    /// <summary>Formats an instant in the organisation's local time, for example "Mon 27 Oct 08:30".</summary>
    public string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private IEnumerable<(DateTimeOffset Opens, DateTimeOffset Closes)> Windows(DateOnly date) =>
        schedule.HoursOn(date).Select(h => (ToInstant(date, h.Opens), ToInstant(date, h.Closes)));

    private DateTimeOffset ToInstant(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);

        // A local time skipped by the change to summer time does not exist: the desk opens when the clock jumps past it.
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
