using System.ComponentModel;
using GraphQL.Types;

namespace HelpDesk.GraphQL.Enums;

/// <summary>What tickets can be ordered by.</summary>
internal sealed class TicketOrderFieldEnum : EnumerationGraphType<TicketOrderField>
{
    public TicketOrderFieldEnum()
    {
        Name = "TicketOrderField";
        Description = "The field tickets are ordered by; tickets with the same value are ordered by number, in the same direction.";
    }
}

/// <summary>Ticket ordering fields.</summary>
internal enum TicketOrderField
{
    /// <summary>The ticket number.</summary>
    [Description("The ticket number.")]
    Number,

    /// <summary>When the ticket was opened (the same order as the number).</summary>
    [Description("When the ticket was opened: the same order as NUMBER, and its cursors are interchangeable with NUMBER's.")]
    CreatedAt,

    /// <summary>When the ticket last changed.</summary>
    [Description("When the ticket last changed (updatedAt). A ticket that changes while a client pages moves to its new place: it may be met twice or not at all in that pass.")]
    UpdatedAt,

    /// <summary>The priority, by urgency.</summary>
    [Description("The priority by urgency: URGENT, HIGH, NORMAL, LOW when descending.")]
    Priority,
}
