using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Embedded;

/// <summary>Promises as JSON documents, with their ticket, due time and whether they are pending as columns to list by.</summary>
internal sealed class SqlitePromiseStore(SqliteDatabase database, InProcessEventFeed feed) : IPromiseStore
{
    private readonly VersionedRows rows = new(database, feed, "promises", "promise");

    public Task InsertAsync(Promise promise, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return rows.InsertAsync(promise.OrganizationId, Row(promise), events, cancellationToken);
    }

    public Task UpdateAsync(Promise promise, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return rows.UpdateAsync(promise.OrganizationId, promise.Id, expectedVersion, Row(promise), events, cancellationToken);
    }

    public Task<Promise?> FindAsync(string organizationId, string promiseId, CancellationToken cancellationToken) =>
        rows.FindAsync<Promise>(organizationId, promiseId, cancellationToken);

    public async Task<IReadOnlyList<Promise>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketIds);
        var promises = await DocumentBatches.ReadAsync<Promise>(database, "promises", "ticket_id", organizationId, ticketIds, cancellationToken);
        return [.. promises.OrderBy(p => p.DueAt.UtcTicks).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    public async Task<Page<Promise>> ListPastDueAsync(string organizationId, DateTimeOffset dueBy, PromisePosition? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var items = await rows.ListAsync<Promise>(
            organizationId,
            "AND pending = 1 AND due_at <= @due_by" + (after is null ? "" : " AND (due_at > @after_due OR (due_at = @after_due AND id > @after_id))"),
            "due_at, id",
            limit + 1,
            [("@due_by", UtcText.From(dueBy)), ("@after_due", after is null ? null : UtcText.From(after.DueAt)), ("@after_id", after?.Id)],
            cancellationToken);
        return new Page<Promise>([.. items.Take(limit)], items.Count > limit);
    }

    private static List<(string, object?)> Row(Promise promise) =>
    [
        ("organization_id", promise.OrganizationId),
        ("id", promise.Id),
        ("ticket_id", promise.TicketId),
        ("pending", promise.Status is PromiseStatus.Open or PromiseStatus.Overdue ? 1 : 0),
        ("due_at", UtcText.From(promise.DueAt)),
        ("version", promise.Version),
        ("document", StoreJson.Serialize(promise)),
    ];
}
