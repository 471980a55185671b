namespace HelpDesk.Plugins.Greetings.Rendering;

/// <summary>Finds the part of the day at the caller's end of the line.</summary>
internal static class DayParts
{
    /// <summary>Gets the day part of the caller's local time, or <see langword="null"/> when their time zone is unknown.</summary>
    public static DayPart? Of(DateTimeOffset? callerLocalTime) => callerLocalTime?.Hour switch
    {
        null => null,
        >= 5 and < 12 => DayPart.Morning,
        >= 12 and < 18 => DayPart.Afternoon,
        _ => DayPart.Evening,
    };
}
