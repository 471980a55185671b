using HelpDesk.Engine.Storage;

namespace HelpDesk.GraphQL.Connections;

/// <summary>Forward paging (first/after) over contacts or assets, ordered by id.</summary>
internal static class DirectoryConnectionResolver
{
    public static async Task<Connection<T>> ResolveAsync<T>(
        Func<DirectoryQuery, CancellationToken, Task<Page<T>>> list, Func<T, string> idOf,
        int? first, string? after, string? text, string? contactId, CancellationToken cancellationToken)
    {
        var size = ForwardPage.Size(first);
        var afterId = IdCursor.Read("after", after);
        var query = new DirectoryQuery { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), ContactId = contactId, AfterId = afterId, Limit = size };
        return await ForwardPage.ReadAsync(size, () => list(query, cancellationToken), item => IdCursor.From(idOf(item)), afterId is not null);
    }
}
