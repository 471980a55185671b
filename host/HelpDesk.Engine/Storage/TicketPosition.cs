namespace HelpDesk.Engine.Storage;

/// <summary>
/// A place in an ordered ticket list (keyset paging): the sort key and number of a ticket that was read. The place stays
/// valid when that ticket changes or is deleted, as it holds the values, not the ticket.
/// </summary>
/// <param name="Key">The ticket's sort key under the list's <see cref="TicketSort"/> (see <see cref="TicketSortKey"/>).</param>
/// <param name="Number">The ticket's number, which breaks ties between equal keys.</param>
public readonly record struct TicketPosition(long Key, long Number);
