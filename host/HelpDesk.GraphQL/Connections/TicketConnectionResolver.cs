using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Errors;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Turns Relay arguments (first/after, last/before) into keyset pages of the stores, in any ticket order.</summary>
internal static class TicketConnectionResolver
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>A page of tickets in number order, as the ticket histories of contacts and assets list them.</summary>
    public static Task<Connection<Ticket>> ResolveAsync(
        ITicketStore store, string organizationId, TicketFilter filter, bool descending,
        int? first, string? after, int? last, string? before, CancellationToken cancellationToken) =>
        ResolveAsync(store, organizationId, filter, TicketSort.Number, descending, first, after, last, before, cancellationToken);

    /// <summary>A page of tickets in the given order, ties broken by number, after or before a cursor of the same order.</summary>
    public static async Task<Connection<Ticket>> ResolveAsync(
        ITicketStore store, string organizationId, TicketFilter filter, TicketSort sort, bool descending,
        int? first, string? after, int? last, string? before, CancellationToken cancellationToken)
    {
        if (first is not null && last is not null)
        {
            throw GraphQLErrors.Validation("Pass either first or last, not both.");
        }

        CheckSize("first", first);
        CheckSize("last", last);
        var backward = last is not null || (before is not null && first is null);
        var afterPosition = ReadCursor("after", after, sort);
        var beforePosition = ReadCursor("before", before, sort);
        var size = (backward ? last : first) ?? DefaultPageSize;

        // Backwards is the reverse order read from 'before', turned round again for the page.
        var query = new TicketQuery
        {
            Filter = filter,
            OrderBy = sort,
            Descending = backward ? !descending : descending,
            Limit = size,
        }.After(backward ? beforePosition : afterPosition);
        var page = size == 0 ? new TicketPage([], false) : await store.ListAsync(organizationId, query, cancellationToken);
        var items = backward ? page.Items.Reverse().ToList() : page.Items.ToList();
        var edges = items.Select(t => new Edge<Ticket>(Cursor.For(t, sort), t)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? before is not null : page.HasMore,
            HasPreviousPage: backward ? page.HasMore : after is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<Ticket>(edges, pageInfo, ct => store.CountAsync(organizationId, filter, ct));
    }

    private static void CheckSize(string argument, int? size)
    {
        if (size is < 0 or > MaxPageSize)
        {
            throw GraphQLErrors.Validation($"The argument '{argument}' must be between 0 and {MaxPageSize}; it is {size}.");
        }
    }

    private static TicketPosition? ReadCursor(string argument, string? cursor, TicketSort sort)
    {
        if (cursor is null)
        {
            return null;
        }

        if (!Cursor.TryRead(cursor, out var cursorSort, out var position))
        {
            throw GraphQLErrors.Validation($"The cursor in '{argument}' is not valid; use a cursor returned by this API.");
        }

        // A position in another order would silently start the page at an unrelated place.
        return cursorSort == sort
            ? position
            : throw GraphQLErrors.Validation(
                $"The cursor in '{argument}' belongs to a list ordered by {FieldName(cursorSort)}, but this list is ordered by {FieldName(sort)}; " +
                $"use a cursor from a list in the same order, or leave out '{argument}' to start again.");
    }

    /// <summary>The <c>TicketOrderField</c> values of an order, as a client wrote them.</summary>
    private static string FieldName(TicketSort sort) => sort switch
    {
        TicketSort.UpdatedAt => "UPDATED_AT",
        TicketSort.Priority => "PRIORITY",
        _ => "NUMBER (or CREATED_AT)",
    };
}
