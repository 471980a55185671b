using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Embedded;

/// <summary>Messages taken for callers as JSON documents, with the addressee's key, status and call time as columns to list by.</summary>
internal sealed class SqliteMessageStore(SqliteDatabase database, InProcessEventFeed feed) : IMessageStore
{
    private readonly VersionedRows rows = new(database, feed, "caller_messages", "message");

    public Task InsertAsync(CallerMessage message, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return rows.InsertAsync(message.OrganizationId, Row(message), events, cancellationToken);
    }

    public Task<CallerMessage?> FindAsync(string organizationId, string messageId, CancellationToken cancellationToken) =>
        rows.FindAsync<CallerMessage>(organizationId, messageId, cancellationToken);

    public Task<IReadOnlyList<CallerMessage>> ListAsync(string organizationId, MessageFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return rows.ListAsync<CallerMessage>(
            organizationId,
            "AND for_key = @for_key" + (filter.Status is null ? "" : " AND status = @status"),
            "called_at, id",
            filter.Limit,
            [("@for_key", AddresseeKey.Of(filter.For)), ("@status", filter.Status?.ToString())],
            cancellationToken);
    }

    public Task UpdateAsync(CallerMessage message, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Version != expectedVersion + 1)
        {
            throw new ArgumentException($"The new state of message '{message.Id}' must have version {expectedVersion + 1}; it has {message.Version}.", nameof(message));
        }

        return rows.UpdateAsync(message.OrganizationId, message.Id, expectedVersion, Row(message), events, cancellationToken);
    }

    private static List<(string, object?)> Row(CallerMessage message) =>
    [
        ("organization_id", message.OrganizationId),
        ("id", message.Id),
        ("ticket_id", message.TicketId),
        ("for_key", AddresseeKey.Of(message.For)),
        ("status", message.Status.ToString()),
        ("called_at", UtcText.From(message.CalledAt)),
        ("version", message.Version),
        ("document", StoreJson.Serialize(message)),
    ];
}
