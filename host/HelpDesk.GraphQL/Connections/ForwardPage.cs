using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Errors;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Forward paging (first/after) over a store's keyset pages: the size check and the connection built from a page.</summary>
internal static class ForwardPage
{
    /// <summary>The page size asked for, <see cref="TicketConnectionResolver.DefaultPageSize"/> when left out.</summary>
    /// <remarks>A size outside 0 to <paramref name="max"/> is a <c>VALIDATION_FAILED</c> error naming the argument.</remarks>
    public static int Size(int? first, int max = TicketConnectionResolver.MaxPageSize) =>
        first is < 0 || first > max
            ? throw GraphQLErrors.Validation($"The argument 'first' must be between 0 and {max}; it is {first}.")
            : first ?? TicketConnectionResolver.DefaultPageSize;

    /// <summary>An empty page that has nothing before or after it.</summary>
    public static Connection<T> Empty<T>() => new([], new PageInfo(false, false, null, null), NoTotal);

    /// <summary>Reads one page after a cursor (or from the start) unless none is asked for; these lists expose no total.</summary>
    public static async Task<Connection<T>> ReadAsync<T>(int size, Func<Task<Page<T>>> read, Func<T, string> cursorOf, bool afterCursor)
    {
        var page = size == 0 ? new Page<T>([], false) : await read();
        var edges = page.Items.Select(item => new Edge<T>(cursorOf(item), item)).ToList();
        var pageInfo = new PageInfo(page.HasMore, afterCursor, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, NoTotal);
    }

    private static Task<long> NoTotal(CancellationToken cancellationToken) => Task.FromResult(0L);
}
