using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Embedded;

/// <summary>The organisations' event logs in one table; the autoincrement sequence orders them and is never reused.</summary>
internal sealed class SqliteEventLog(SqliteDatabase database, InProcessEventFeed feed) : IEventLog
{
    public async Task AppendAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        var organizationId = events[0]?.OrganizationId ?? throw new ArgumentException("The events contain null.", nameof(events));
        var stored = await database.WriteAsync(
            (connection, transaction) => EventRows.AppendAsync(connection, transaction, organizationId, events, cancellationToken),
            cancellationToken);
        feed.Publish(stored);
    }

    public Task<IReadOnlyList<StoredEvent>> ReadAsync(string organizationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Prepared(
                    """
                    SELECT sequence, document FROM events
                    WHERE organization_id = @organization_id AND sequence > @after
                    ORDER BY sequence LIMIT @limit;
                    """)
                    .With("@organization_id", organizationId)
                    .With("@after", afterSequence)
                    .With("@limit", limit);
                return await EventRows.ReadAsync(command, cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> ReadTicketAsync(string organizationId, string ticketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketId);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Prepared(
                    """
                    SELECT sequence, document FROM events
                    WHERE organization_id = @organization_id AND ticket_id = @ticket_id
                    ORDER BY sequence;
                    """)
                    .With("@organization_id", organizationId)
                    .With("@ticket_id", ticketId);
                return await EventRows.ReadAsync(command, cancellationToken);
            },
            cancellationToken);
    }
}
