using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>The sort key of a ticket under each <see cref="TicketSort"/>, from which a <see cref="TicketPosition"/> is made.</summary>
public static class TicketSortKey
{
    /// <summary>The key a list ordered by <paramref name="sort"/> orders the ticket by.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="sort">The order.</param>
    /// <returns>The number, the UTC ticks of the update time, or the priority's rank.</returns>
    public static long Of(Ticket ticket, TicketSort sort)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return sort switch
        {
            TicketSort.Number => ticket.Number,
            TicketSort.UpdatedAt => ticket.UpdatedAt.UtcTicks,
            TicketSort.Priority => TicketPriorityOrder.RankOf(ticket.Priority),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown ticket order."),
        };
    }

    /// <summary>The position just past a ticket in a list ordered by <paramref name="sort"/>.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="sort">The order.</param>
    /// <returns>The position.</returns>
    public static TicketPosition PositionOf(Ticket ticket, TicketSort sort) => new(Of(ticket, sort), ticket.Number);

    /// <summary>Whether a key can belong to a ticket under an order (for checking keys a client sent back).</summary>
    /// <param name="sort">The order.</param>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when a ticket could have the key.</returns>
    public static bool IsValid(TicketSort sort, long key) => sort switch
    {
        TicketSort.Number => key >= 0,
        TicketSort.UpdatedAt => key >= DateTimeOffset.MinValue.UtcTicks && key <= DateTimeOffset.MaxValue.UtcTicks,
        TicketSort.Priority => TicketPriorityOrder.IsRank(key),
        _ => false,
    };
}
