namespace HelpDesk.Sdk.Domain;

/// <summary>The last escalation decision recorded on a ticket.</summary>
public sealed record EscalationState
{
    /// <summary>Gets the decided action.</summary>
    public required EscalationAction Action { get; init; }

    /// <summary>Gets the tier the ticket belongs to after the decision.</summary>
    public required SupportTier Tier { get; init; }

    /// <summary>Gets the team the ticket was sent to, if any.</summary>
    public string? Team { get; init; }

    /// <summary>Gets why the policy decided so, in words an agent understands.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the id of the plugin whose policy decided.</summary>
    public required string PluginId { get; init; }

    /// <summary>Gets when the decision was made.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Gets when a follow-up is due, if one was scheduled.</summary>
    public DateTimeOffset? FollowUpAt { get; init; }
}
