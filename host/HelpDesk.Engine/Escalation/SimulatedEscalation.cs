using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Engine.Escalation;

/// <summary>What the escalation policies would have decided about a ticket at one moment of its history.</summary>
/// <param name="At">The moment.</param>
/// <param name="Trigger">Whether an event or a timer check asked.</param>
/// <param name="EventType">The type of the event that asked (for example <c>ticket.replied</c>), for event triggers.</param>
/// <param name="Action">What the policy decided.</param>
/// <param name="Tier">The tier that would own the ticket after the decision.</param>
/// <param name="Team">The team the ticket would be sent to, if any.</param>
/// <param name="Reason">Why, in the policy's words.</param>
/// <param name="PluginId">The plugin whose policy decided.</param>
public sealed record SimulatedEscalation(
    DateTimeOffset At,
    EscalationTrigger Trigger,
    string? EventType,
    EscalationAction Action,
    SupportTier Tier,
    string? Team,
    string Reason,
    string PluginId);
