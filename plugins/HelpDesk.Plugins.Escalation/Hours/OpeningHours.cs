namespace HelpDesk.Plugins.Escalation.Hours;

/// <summary>One stretch of a weekday in which the desk works, in the organisation's local time.</summary>
/// <param name="Day">The weekday.</param>
/// <param name="Opens">The local time of day it opens.</param>
/// <param name="Closes">The local time of day it closes; 24:00 for midnight at the end of the day.</param>
internal sealed record OpeningHours(DayOfWeek Day, TimeSpan Opens, TimeSpan Closes);
