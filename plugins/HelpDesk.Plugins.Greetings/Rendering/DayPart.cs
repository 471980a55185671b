namespace HelpDesk.Plugins.Greetings.Rendering;

/// <summary>The part of the caller's day that decides the greeting ("good morning") and farewell.</summary>
internal enum DayPart
{
    /// <summary>05:00 to 11:59.</summary>
    Morning,

    /// <summary>12:00 to 17:59.</summary>
    Afternoon,

    /// <summary>18:00 to 04:59.</summary>
    Evening,
}
