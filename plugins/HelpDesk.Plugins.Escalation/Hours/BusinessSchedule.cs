namespace HelpDesk.Plugins.Escalation.Hours;

/// <summary>
/// When the desk works: opening hours per weekday and closed days, in local time. Service level targets only
/// count time inside these hours, so a ticket opened on Friday evening is not overdue on Saturday.
/// </summary>
internal sealed class BusinessSchedule
{
    private readonly ILookup<DayOfWeek, OpeningHours> hoursByDay;

    /// <summary>Creates a schedule.</summary>
    public BusinessSchedule(IReadOnlyList<OpeningHours> hours, IReadOnlySet<DateOnly> closedDays, string description)
    {
        hoursByDay = hours.OrderBy(h => h.Opens).ToLookup(h => h.Day);
        ClosedDays = closedDays;
        Description = description;
        IsAroundTheClock = closedDays.Count == 0
            && Enum.GetValues<DayOfWeek>().All(day => hoursByDay[day].Any(h => h.Opens == TimeSpan.Zero && h.Closes == TimeSpan.FromDays(1)));
    }

    /// <summary>Gets a schedule that never closes.</summary>
    public static BusinessSchedule AroundTheClock { get; } = new(
        [.. Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours(day, TimeSpan.Zero, TimeSpan.FromDays(1)))],
        new HashSet<DateOnly>(),
        BusinessScheduleParser.AroundTheClock);

    /// <summary>Gets whether the desk works every minute of every day, so business time is plain elapsed time.</summary>
    public bool IsAroundTheClock { get; }

    /// <summary>Gets the local dates on which the desk is closed all day (public holidays).</summary>
    public IReadOnlySet<DateOnly> ClosedDays { get; }

    /// <summary>Gets the schedule as the organisation wrote it, for reasons.</summary>
    public string Description { get; }

    /// <summary>Gets the opening hours of a local date, in order; none on closed days.</summary>
    public IEnumerable<OpeningHours> HoursOn(DateOnly date) => ClosedDays.Contains(date) ? [] : hoursByDay[date.DayOfWeek];
}
