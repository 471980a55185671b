namespace HelpDesk.GraphQL.Connections;

/// <summary>A Relay connection page; the total is counted only when a client asks for it.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<long>> CountTotal);

/// <summary>One item of a connection with its cursor.</summary>
internal sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page sits in the whole list.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
