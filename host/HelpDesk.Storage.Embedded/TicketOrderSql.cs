using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// The order of a ticket list over <c>tickets t</c> and the keyset condition that starts a page after a position; each
/// order is one range of one index (<c>ux_tickets_number</c>, <c>ix_tickets_updated_order</c>, <c>ix_tickets_priority_order</c>).
/// </summary>
internal static class TicketOrderSql
{
    /// <summary>
    /// A ticket's place in priority order, <see cref="TicketPriorityOrder.KeyOf"/> in SQL: rank × 2^50 + number.
    /// <c>ix_tickets_priority_order</c> indexes this very text (see <see cref="Schema.ListOrders"/>); SQLite uses an
    /// expression index only for an identical expression, so both read it from here.
    /// </summary>
    public const string PriorityKey =
        "(CASE priority WHEN 'Low' THEN 0 WHEN 'Normal' THEN 1 WHEN 'High' THEN 2 WHEN 'Urgent' THEN 3 END * 1125899906842624 + number)";

    /// <summary>The <c>ORDER BY</c> terms of the query's order and direction, ties broken by number.</summary>
    public static string OrderBy(TicketQuery query)
    {
        var direction = query.Descending ? "DESC" : "ASC";
        return query.OrderBy switch
        {
            TicketSort.Number => $"t.number {direction}",
            TicketSort.UpdatedAt => $"t.updated_at {direction}, t.number {direction}",
            TicketSort.Priority => $"{PriorityKey} {direction}",
            _ => throw Unknown(query.OrderBy),
        };
    }

    /// <summary>Binds the query's start position and returns the condition of the tickets past it, or <see langword="null"/> at the beginning.</summary>
    public static string? After(SqliteCommand command, TicketQuery query)
    {
        if (query.StartsAfter() is not { } position)
        {
            return null;
        }

        // "After" follows the direction of the order.
        var past = query.Descending ? "<" : ">";
        command.With("@after_number", position.Number);
        switch (query.OrderBy)
        {
            case TicketSort.Number:
                return $"t.number {past} @after_number";
            case TicketSort.UpdatedAt:
                // A row value compares the time, then the number, and is one range of (organization_id, updated_at, number).
                command.With("@after_key", UtcText.From(new DateTimeOffset(position.Key, TimeSpan.Zero)));
                return $"(t.updated_at, t.number) {past} (@after_key, @after_number)";
            case TicketSort.Priority:
                command.With("@after_key", TicketPriorityOrder.KeyOf(position.Key, position.Number));
                return $"{PriorityKey} {past} @after_key";
            default:
                throw Unknown(query.OrderBy);
        }
    }

    private static ArgumentOutOfRangeException Unknown(TicketSort sort) => new(nameof(sort), sort, "Unknown ticket order.");
}
