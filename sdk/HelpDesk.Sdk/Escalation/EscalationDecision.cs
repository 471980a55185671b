using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Escalation;

/// <summary>What a policy decided, and why.</summary>
public sealed record EscalationDecision
{
    /// <summary>Gets the action to take.</summary>
    public required EscalationAction Action { get; init; }

    /// <summary>Gets the tier to move the ticket to, for <see cref="EscalationAction.Escalate"/>.</summary>
    public SupportTier? Tier { get; init; }

    /// <summary>Gets the team to send the ticket to, if any.</summary>
    public string? Team { get; init; }

    /// <summary>Gets the reason, in words an agent understands; recorded on the ticket.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets when to follow up, for <see cref="EscalationAction.ScheduleFollowUp"/>.</summary>
    public DateTimeOffset? FollowUpAt { get; init; }

    /// <summary>Creates a decision to leave the ticket as it is.</summary>
    /// <param name="reason">Why nothing changes.</param>
    /// <returns>The decision.</returns>
    public static EscalationDecision Keep(string reason) => new() { Action = EscalationAction.Keep, Reason = reason };

    /// <summary>Creates a decision to move the ticket to a tier.</summary>
    /// <param name="tier">The tier to move it to.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    public static EscalationDecision EscalateTo(SupportTier tier, string reason) =>
        new() { Action = EscalationAction.Escalate, Tier = tier, Reason = reason };
}
