namespace HelpDesk.Engine.Storage;

/// <summary>What a ticket list is ordered by; ties are always broken by ticket number, in the same direction.</summary>
public enum TicketSort
{
    /// <summary>The ticket number (the order tickets were opened in); the key is the number itself.</summary>
    Number,

    /// <summary>When the ticket last changed; the key is <see cref="DateTimeOffset.UtcTicks"/> of its update time.</summary>
    UpdatedAt,

    /// <summary>The priority, low to urgent; the key is the rank of <see cref="TicketPriorityOrder"/>.</summary>
    Priority,
}
