using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Errors;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Forward paging (first/after) over contacts or assets, ordered by id.</summary>
internal static class DirectoryConnectionResolver
{
    public static async Task<Connection<T>> ResolveAsync<T>(
        Func<DirectoryQuery, CancellationToken, Task<Page<T>>> list, Func<T, string> idOf,
        int? first, string? after, string? text, string? contactId, CancellationToken cancellationToken)
    {
        if (first is < 0 or > TicketConnectionResolver.MaxPageSize)
        {
            throw GraphQLErrors.Validation($"The argument 'first' must be between 0 and {TicketConnectionResolver.MaxPageSize}; it is {first}.");
        }

        var afterId = IdCursor.Read("after", after);
        var size = first ?? TicketConnectionResolver.DefaultPageSize;
        var query = new DirectoryQuery { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), ContactId = contactId, AfterId = afterId, Limit = size };
        var page = size == 0 ? new Page<T>([], false) : await list(query, cancellationToken);
        var edges = page.Items.Select(item => new Edge<T>(IdCursor.From(idOf(item)), item)).ToList();
        var pageInfo = new PageInfo(page.HasMore, afterId is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        // Contact and asset lists expose no total, so nothing is counted.
        return new Connection<T>(edges, pageInfo, _ => Task.FromResult(0L));
    }
}
