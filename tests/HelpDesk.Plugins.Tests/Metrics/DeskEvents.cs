using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Metrics;

/// <summary>The events the test kit has no factory for: assignment, reopening and escalation.</summary>
internal static class DeskEvents
{
    public static TicketAssigned Assigned(Ticket ticket, string assigneeId, DateTimeOffset at, string actorId = TestDefaults.AgentId) => new()
    {
        Id = NewId(),
        OrganizationId = ticket.OrganizationId,
        TicketId = ticket.Id,
        OccurredAt = at,
        ActorId = actorId,
        AssigneeId = assigneeId,
    };

    public static TicketReopened Reopened(Ticket ticket, DateTimeOffset at) => new()
    {
        Id = NewId(),
        OrganizationId = ticket.OrganizationId,
        TicketId = ticket.Id,
        OccurredAt = at,
        Reason = "The caller says the problem is back.",
    };

    public static TicketEscalated Escalated(Ticket ticket, string team, DateTimeOffset at) => new()
    {
        Id = NewId(),
        OrganizationId = ticket.OrganizationId,
        TicketId = ticket.Id,
        OccurredAt = at,
        ActorId = "helpdesk.escalation",
        PreviousTier = SupportTier.FirstLevel,
        Decision = new()
        {
            Action = EscalationAction.Escalate,
            Tier = SupportTier.SecondLevel,
            Team = team,
            Reason = "The resolution target was missed.",
            PluginId = "helpdesk.escalation",
            DecidedAt = at,
        },
    };

    private static string NewId() => $"desk-event-{Guid.NewGuid():N}";
}
