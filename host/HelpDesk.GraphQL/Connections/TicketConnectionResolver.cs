using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Errors;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Turns Relay arguments (first/after, last/before) into store pages.</summary>
internal static class TicketConnectionResolver
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static async Task<Connection<Ticket>> ResolveAsync(
        ITicketStore store, string organizationId, TicketFilter filter, bool descending,
        int? first, string? after, int? last, string? before, CancellationToken cancellationToken)
    {
        if (first is not null && last is not null)
        {
            throw GraphQLErrors.Validation("Pass either first or last, not both.");
        }

        CheckSize("first", first);
        CheckSize("last", last);
        var backward = last is not null || (before is not null && first is null);
        var afterNumber = ReadCursor("after", after);
        var beforeNumber = ReadCursor("before", before);
        var size = (backward ? last : first) ?? DefaultPageSize;
        var query = new TicketQuery
        {
            Filter = filter,
            Descending = backward ? !descending : descending,
            AfterNumber = backward ? beforeNumber : afterNumber,
            Limit = size,
        };
        var page = size == 0 ? new TicketPage([], false) : await store.ListAsync(organizationId, query, cancellationToken);
        var items = backward ? page.Items.Reverse().ToList() : page.Items.ToList();
        var edges = items.Select(t => new Edge<Ticket>(Cursor.FromNumber(t.Number), t)).ToList();
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

    private static long? ReadCursor(string argument, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        return Cursor.TryReadNumber(cursor, out var number)
            ? number
            : throw GraphQLErrors.Validation($"The cursor in '{argument}' is not valid; use a cursor returned by this API.");
    }
}
