using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>
/// Redacts, inside the erasure's write transaction, the free text of a contact's tickets and of everything written on
/// them. Versioned documents get a new version, so a writer that read them before the erasure cannot put the text back.
/// </summary>
internal static class SqliteContactErasure
{
    private static readonly (string Table, IReadOnlyList<string> Paths, bool Versioned)[] TicketData =
    [
        ("notes", ErasableText.Notes, false),
        ("caller_messages", ErasableText.Messages, true),
        ("promises", ErasableText.Promises, true),
        ("transfer_requests", ErasableText.TransferRequests, true),
        ("survey_responses", ErasableText.SurveyResponses, false),
    ];

    /// <returns>The ids of the contact's tickets.</returns>
    public static async Task<IReadOnlyList<string>> RedactTicketsAsync(
        SqliteConnection connection, SqliteTransaction transaction, Contact contact, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        var ticketIds = await TicketIdsAsync(connection, transaction, contact, cancellationToken);
        if (ticketIds.Count == 0)
        {
            return ticketIds;
        }

        await RedactTicketDocumentsAsync(connection, transaction, contact.OrganizationId, ticketIds, redaction, cancellationToken);
        foreach (var (table, paths, versioned) in TicketData)
        {
            await RedactRowsAsync(connection, transaction, new RowSet(table, contact.OrganizationId, ticketIds), paths, versioned, redaction, cancellationToken);
        }

        await RedactRowsAsync(connection, transaction, new RowSet("events", contact.OrganizationId, ticketIds), ErasableText.Events, false, redaction, cancellationToken);
        return ticketIds;
    }

    private static async Task<List<string>> TicketIdsAsync(SqliteConnection connection, SqliteTransaction transaction, Contact contact, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT id FROM tickets WHERE organization_id = @organization_id AND contact_id = @contact_id;", transaction)
            .With("@organization_id", contact.OrganizationId)
            .With("@contact_id", contact.Id);
        return await command.ReadStringsAsync(cancellationToken);
    }

    /// <summary>Tickets: subject and description, their search keys, and a new version.</summary>
    private static async Task RedactTicketDocumentsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string organizationId, List<string> ticketIds, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        await using var read = connection.Command("", transaction).With("@organization_id", organizationId);
        read.CommandText = $"SELECT document FROM tickets WHERE organization_id = @organization_id AND id IN ({read.WithList("@t", ticketIds)});";
        foreach (var ticket in await read.ReadDocumentsAsync<Ticket>(cancellationToken))
        {
            var redacted = ticket with { Subject = redaction.Apply(ticket.Subject)!, Description = redaction.Apply(ticket.Description)!, Version = ticket.Version + 1 };
            if (redacted with { Version = ticket.Version } == ticket)
            {
                continue;
            }

            await using var write = connection.Command(
                """
                UPDATE tickets SET document = @document, version = @version, subject_key = @subject_key, description_key = @description_key
                WHERE organization_id = @organization_id AND id = @id;
                """,
                transaction)
                .With("@organization_id", organizationId)
                .With("@id", ticket.Id)
                .With("@version", redacted.Version)
                .With("@document", StoreJson.Serialize(redacted))
                .WithSearchKeys(redacted);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task RedactRowsAsync(
        SqliteConnection connection, SqliteTransaction transaction, RowSet rows, IReadOnlyList<string> paths, bool versioned, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        var changes = new List<(long Key, string Document, int? Version)>();
        await using (var read = connection.Command("", transaction).With("@organization_id", rows.OrganizationId))
        {
            read.CommandText = $"""
                SELECT rowid, document{(versioned ? ", version" : "")} FROM {rows.Table}
                WHERE organization_id = @organization_id AND ticket_id IN ({read.WithList("@t", rows.TicketIds)});
                """;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (document, changed) = JsonRedaction.Apply(reader.GetString(1), paths, redaction);
                if (changed)
                {
                    int? version = versioned ? reader.GetInt32(2) + 1 : null;
                    changes.Add((reader.GetInt64(0), version is { } v ? JsonRedaction.WithVersion(document, v) : document, version));
                }
            }
        }

        await using var write = connection.Command(
            $"UPDATE {rows.Table} SET document = @document{(versioned ? ", version = @version" : "")} WHERE rowid = @key;", transaction);
        foreach (var (key, document, version) in changes)
        {
            write.Parameters.Clear();
            write.With("@key", key).With("@document", document);
            if (version is { } v)
            {
                write.With("@version", v);
            }

            await write.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The rows of some tickets of an organisation in one table.</summary>
    private sealed record RowSet(string Table, string OrganizationId, List<string> TicketIds);
}
