using HelpDesk.Plugins.Greetings.Rendering;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>Words that depend on the caller's time of day, with a neutral form for when it is unknown.</summary>
internal sealed record DayPartWords(string Morning, string Afternoon, string Evening, string Neutral)
{
    public string For(DayPart? part) => part switch
    {
        DayPart.Morning => Morning,
        DayPart.Afternoon => Afternoon,
        DayPart.Evening => Evening,
        _ => Neutral,
    };
}
