using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Interactions as JSON documents; each write holds the interaction and its events, an update guarded by the version read.</summary>
internal sealed class SqliteInteractionStore(SqliteDatabase database, InProcessEventFeed feed) : IInteractionStore
{
    public async Task InsertAsync(Interaction interaction, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(events);
        if (interaction.Version != 1)
        {
            throw new ArgumentException($"A new interaction has version 1; interaction '{interaction.Id}' has version {interaction.Version}.", nameof(interaction));
        }

        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = Bind(connection.Command(
                    """
                    INSERT INTO interactions (organization_id, id, ticket_id, started_at, held_at, version, document)
                    VALUES (@organization_id, @id, @ticket_id, @started_at, @held_at, @version, @document);
                    """,
                    transaction), interaction);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("interaction", "id");
                }

                return await EventRows.AppendAsync(connection, transaction, interaction.OrganizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    public async Task<Interaction?> FindAsync(string organizationId, string interactionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactionId);
        var found = await DocumentBatches.ReadAsync<Interaction>(database, "interactions", "id", organizationId, [interactionId], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task UpdateAsync(Interaction interaction, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(events);
        if (interaction.Version != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new state of interaction '{interaction.Id}' must have version {expectedVersion + 1}; it has {interaction.Version}.", nameof(interaction));
        }

        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                // Compare-and-swap: the row changes only if it still has the version the caller read.
                await using var command = Bind(connection.Command(
                    """
                    UPDATE interactions
                    SET ticket_id = @ticket_id, started_at = @started_at, held_at = @held_at, version = @version, document = @document
                    WHERE organization_id = @organization_id AND id = @id AND version = @expected_version;
                    """,
                    transaction), interaction)
                    .With("@expected_version", expectedVersion);
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new ConcurrencyConflictException("interaction", interaction.Id, expectedVersion);
                }

                return await EventRows.AppendAsync(connection, transaction, interaction.OrganizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    public async Task<IReadOnlyList<Interaction>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketIds);
        var found = await DocumentBatches.ReadAsync<Interaction>(database, "interactions", "ticket_id", organizationId, ticketIds, cancellationToken);
        return [.. found.OrderBy(i => i.StartedAt.UtcTicks).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<Interaction>> ListHeldAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.ReadAsync<IReadOnlyList<Interaction>>(
            async connection =>
            {
                await using var command = connection.Command(
                    """
                    SELECT document FROM interactions
                    WHERE organization_id = @organization_id AND held_at IS NOT NULL
                    ORDER BY held_at, id;
                    """)
                    .With("@organization_id", organizationId);
                return await command.ReadDocumentsAsync<Interaction>(cancellationToken);
            },
            cancellationToken);
    }

    private static SqliteCommand Bind(SqliteCommand command, Interaction interaction) => command
        .With("@organization_id", interaction.OrganizationId)
        .With("@id", interaction.Id)
        .With("@ticket_id", interaction.TicketId)
        .With("@started_at", UtcText.From(interaction.StartedAt))
        .With("@held_at", interaction.OpenHold() is { } hold ? UtcText.From(hold.HeldAt) : null)
        .With("@version", interaction.Version)
        .With("@document", StoreJson.Serialize(interaction));
}
