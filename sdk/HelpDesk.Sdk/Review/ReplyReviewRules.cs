namespace HelpDesk.Sdk.Review;

/// <summary>
/// The stable codes of the positive-language rules a reviewer reports in <see cref="ReplyFinding.Rule"/>.
/// Reviewers may report codes of their own; these are the ones the first-party reviewer knows.
/// </summary>
public static class ReplyReviewRules
{
    /// <summary>"I'll try to …": sounds uncertain; say what you will do, only if you can.</summary>
    public const string VagueEffort = "vague-effort";

    /// <summary>"As soon as possible" without a concrete time: no commitment; give a date and time.</summary>
    public const string AsapWithoutTime = "asap-without-time";

    /// <summary>"That's impossible" without an alternative: closes the door; say what is possible.</summary>
    public const string ImpossibleWithoutAlternative = "impossible-without-alternative";

    /// <summary>"You should have …", "why didn't you …": blames the caller; state the fix.</summary>
    public const string Blame = "blame";

    /// <summary>"Can you call back later?": pushes work onto the caller; take a message, transfer or call them back.</summary>
    public const string CallBackLater = "call-back-later";

    /// <summary>"Hold on": curt; ask "may I put you on hold?" and say why.</summary>
    public const string HoldOn = "hold-on";

    /// <summary>"I'm just a clerk": self-deprecating; state your role and offer help or a transfer.</summary>
    public const string SelfDeprecation = "self-deprecation";

    /// <summary>Gets every code above, in the order listed.</summary>
    public static IReadOnlyList<string> All { get; } =
        [VagueEffort, AsapWithoutTime, ImpossibleWithoutAlternative, Blame, CallBackLater, HoldOn, SelfDeprecation];
}
