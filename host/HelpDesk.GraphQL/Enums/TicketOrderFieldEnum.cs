using GraphQL.Types;

namespace HelpDesk.GraphQL.Enums;

/// <summary>What tickets can be ordered by.</summary>
internal sealed class TicketOrderFieldEnum : EnumerationGraphType<TicketOrderField>
{
    public TicketOrderFieldEnum()
    {
        Name = "TicketOrderField";
        Description = "The field tickets are ordered by.";
    }
}

/// <summary>Ticket ordering fields.</summary>
internal enum TicketOrderField
{
    /// <summary>The ticket number.</summary>
    Number,

    /// <summary>When the ticket was opened (the same order as the number).</summary>
    CreatedAt,
}
