using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="TicketPriority"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class TicketPriorityEnum : EnumerationGraphType<TicketPriority>
{
    public TicketPriorityEnum()
    {
        Name = "TicketPriority";
        Description = "How urgent a ticket is.";
    }
}
