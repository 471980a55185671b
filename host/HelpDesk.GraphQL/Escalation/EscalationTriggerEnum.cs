using GraphQL.Types;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.GraphQL.Escalation;

/// <summary>GraphQL enum for <see cref="EscalationTrigger"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class EscalationTriggerEnum : EnumerationGraphType<EscalationTrigger>
{
    public EscalationTriggerEnum()
    {
        Name = "EscalationTrigger";
        Description = "What made the escalation policies look at a ticket.";
        Values["EVENT"]!.Description = "Something happened to the ticket (opened, replied to, transferred, …).";
        Values["TIMER"]!.Description = "The periodic check of open tickets, which notices targets running out while nobody touches a ticket.";
    }
}
