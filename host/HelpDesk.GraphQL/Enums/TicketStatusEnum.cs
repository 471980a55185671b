using GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="TicketStatus"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class TicketStatusEnum : EnumerationGraphType<TicketStatus>
{
    public TicketStatusEnum()
    {
        Name = "TicketStatus";
        Description = "Where a ticket stands in its life cycle.";
    }
}
