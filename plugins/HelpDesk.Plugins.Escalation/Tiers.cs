using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Escalation;

/// <summary>The escalation ladder: first level, second level, third level; above that only a supervisor can help.</summary>
internal static class Tiers
{
    /// <summary>Gets the next tier up, or <see langword="null"/> when the ticket is already at the top of the ladder.</summary>
    public static SupportTier? Next(SupportTier tier) => tier switch
    {
        SupportTier.FirstLevel => SupportTier.SecondLevel,
        SupportTier.SecondLevel => SupportTier.ThirdLevel,
        _ => null,
    };

    public static string Describe(SupportTier tier) => tier switch
    {
        SupportTier.FirstLevel => "first level",
        SupportTier.SecondLevel => "second level",
        SupportTier.ThirdLevel => "third level",
        SupportTier.Supervisor => "a supervisor",
        _ => "the vendor",
    };
}
