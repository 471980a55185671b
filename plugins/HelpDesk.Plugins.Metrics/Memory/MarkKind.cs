namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>What a remembered event did to a ticket.</summary>
internal enum MarkKind
{
    /// <summary>The ticket was opened; the mark's value is the priority it was opened with.</summary>
    Opened,

    /// <summary>An agent replied to the caller.</summary>
    Replied,

    /// <summary>The ticket went to a team; the mark's value is the team.</summary>
    Team,

    /// <summary>The ticket was resolved.</summary>
    Resolved,

    /// <summary>The ticket was reopened.</summary>
    Reopened,

    /// <summary>The caller answered a survey.</summary>
    Surveyed,
}
