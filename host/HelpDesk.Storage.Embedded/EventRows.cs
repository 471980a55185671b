using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Events;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Writes and reads rows of the <c>events</c> table; shared by the ticket store and the event log so both append the same way.</summary>
internal static class EventRows
{
    private const string InsertSql = """
        INSERT INTO events (organization_id, ticket_id, event_id, type, occurred_at, document)
        VALUES (@organization_id, @ticket_id, @event_id, @type, @occurred_at, @document)
        RETURNING sequence;
        """;

    /// <summary>Appends events inside the caller's transaction, refusing any of another organisation.</summary>
    /// <returns>The events with the sequence numbers the log gave them.</returns>
    public static async Task<IReadOnlyList<StoredEvent>> AppendAsync(
        SqliteConnection connection, SqliteTransaction transaction, string organizationId,
        IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        var stored = new List<StoredEvent>(events.Count);
        foreach (var domainEvent in events)
        {
            ArgumentNullException.ThrowIfNull(domainEvent, nameof(events));
            if (!string.Equals(domainEvent.OrganizationId, organizationId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The event '{domainEvent.Id}' belongs to organisation '{domainEvent.OrganizationId}', not '{organizationId}'.", nameof(events));
            }

            await using var command = connection.Prepared(InsertSql, transaction)
                .With("@organization_id", organizationId)
                .With("@ticket_id", domainEvent.TicketId)
                .With("@event_id", domainEvent.Id)
                .With("@type", domainEvent.Type)
                .With("@occurred_at", UtcText.From(domainEvent.OccurredAt))
                .With("@document", StoreJson.Serialize(domainEvent));
            try
            {
                stored.Add(new StoredEvent((long)(await command.ExecuteScalarAsync(cancellationToken))!, domainEvent));
            }
            catch (SqliteException exception) when (UniqueViolation.Is(exception, "event_id"))
            {
                throw new DuplicateKeyException("event", "id");
            }
        }

        return stored;
    }

    public static async Task<IReadOnlyList<StoredEvent>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(reader.GetInt64(0), StoreJson.Deserialize<DomainEvent>(reader.GetString(1))));
        }

        return events;
    }
}
