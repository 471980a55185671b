using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>The writing half of the ticket store: each write is one transaction holding the ticket, its tags, its new notes and its events.</summary>
internal sealed partial class SqliteTicketStore
{
    private const string TicketNumberCounter = "ticket_number";

    private const string InsertSql = """
        INSERT INTO tickets (organization_id, id, number, status, priority, assignee_id, contact_id, asset_id,
                             created_at, updated_at, idempotency_key, version, document, subject_key, description_key)
        VALUES (@organization_id, @id, @number, @status, @priority, @assignee_id, @contact_id, @asset_id,
                @created_at, @updated_at, @idempotency_key, @version, @document, @subject_key, @description_key);
        """;

    // Compare-and-swap: the row changes only if it still has the version the caller read.
    private const string UpdateSql = """
        UPDATE tickets
        SET number = @number, status = @status, priority = @priority, assignee_id = @assignee_id, contact_id = @contact_id,
            asset_id = @asset_id, created_at = @created_at, updated_at = @updated_at, version = @version, document = @document,
            subject_key = @subject_key, description_key = @description_key
        WHERE organization_id = @organization_id AND id = @id AND version = @expected_version;
        """;

    public Task<long> NextNumberAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Prepared(
                    """
                    INSERT INTO counters (organization_id, name, value) VALUES (@organization_id, @name, 1)
                    ON CONFLICT (organization_id, name) DO UPDATE SET value = value + 1
                    RETURNING value;
                    """,
                    transaction)
                    .With("@organization_id", organizationId)
                    .With("@name", TicketNumberCounter);
                return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            },
            cancellationToken);
    }

    public async Task InsertAsync(Ticket ticket, string? idempotencyKey, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(events);
        if (ticket.Version != 1)
        {
            throw new ArgumentException($"A new ticket has version 1; ticket '{ticket.Id}' has version {ticket.Version}.", nameof(ticket));
        }

        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = BindTicket(connection.Prepared(InsertSql, transaction), ticket)
                    .With("@idempotency_key", idempotencyKey);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("ticket", UniqueViolation.KeyOf(exception));
                }

                await WriteTagsAsync(connection, transaction, ticket, cancellationToken);
                return await EventRows.AppendAsync(connection, transaction, ticket.OrganizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    public async Task UpdateAsync(
        Ticket ticket, int expectedVersion, IReadOnlyList<DomainEvent> events, IReadOnlyList<Note> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(notes);
        if (ticket.Version != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new state of ticket '{ticket.Id}' must have version {expectedVersion + 1}; it has {ticket.Version}.", nameof(ticket));
        }

        NoteRows.EnsureBelongTo(ticket, notes);

        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = BindTicket(connection.Prepared(UpdateSql, transaction), ticket)
                    .With("@expected_version", expectedVersion);
                int changed;
                try
                {
                    changed = await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("ticket", UniqueViolation.KeyOf(exception));
                }

                if (changed == 0)
                {
                    throw new ConcurrencyConflictException("ticket", ticket.Id, expectedVersion);
                }

                await using (var clear = connection.Prepared("DELETE FROM ticket_tags WHERE organization_id = @organization_id AND ticket_id = @id;", transaction))
                {
                    await clear.With("@organization_id", ticket.OrganizationId).With("@id", ticket.Id).ExecuteNonQueryAsync(cancellationToken);
                }

                await WriteTagsAsync(connection, transaction, ticket, cancellationToken);
                await NoteRows.InsertAsync(connection, transaction, notes, cancellationToken);
                return await EventRows.AppendAsync(connection, transaction, ticket.OrganizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    private static SqliteCommand BindTicket(SqliteCommand command, Ticket ticket) => command
        .With("@organization_id", ticket.OrganizationId)
        .With("@id", ticket.Id)
        .With("@number", ticket.Number)
        .With("@status", ticket.Status.ToString())
        .With("@priority", ticket.Priority.ToString())
        .With("@assignee_id", ticket.AssigneeId)
        .With("@contact_id", ticket.ContactId)
        .With("@asset_id", ticket.AssetId)
        .With("@created_at", UtcText.From(ticket.CreatedAt))
        .With("@updated_at", UtcText.From(ticket.UpdatedAt))
        .With("@version", ticket.Version)
        .With("@document", StoreJson.Serialize(ticket))
        .WithSearchKeys(ticket);

    private static async Task WriteTagsAsync(SqliteConnection connection, SqliteTransaction transaction, Ticket ticket, CancellationToken cancellationToken)
    {
        foreach (var tag in ticket.Tags.Select(t => TicketFilterSql.TagKey(t.Name)).Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.Prepared(
                "INSERT INTO ticket_tags (organization_id, ticket_id, tag) VALUES (@organization_id, @ticket_id, @tag);", transaction)
                .With("@organization_id", ticket.OrganizationId)
                .With("@ticket_id", ticket.Id)
                .With("@tag", tag);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
