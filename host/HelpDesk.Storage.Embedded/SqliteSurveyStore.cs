using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Survey invitations and responses; a response, its invitation's answered time and its events commit together.</summary>
internal sealed class SqliteSurveyStore(SqliteDatabase database, InProcessEventFeed feed) : ISurveyStore
{
    public Task InsertInvitationAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    """
                    INSERT INTO survey_invitations (organization_id, id, ticket_id, created_at, answered_at, document)
                    VALUES (@organization_id, @id, @ticket_id, @created_at, NULL, @document);
                    """,
                    transaction)
                    .With("@organization_id", invitation.OrganizationId)
                    .With("@id", invitation.Id)
                    .With("@ticket_id", invitation.TicketId)
                    .With("@created_at", UtcText.From(invitation.CreatedAt))
                    .With("@document", StoreJson.Serialize(invitation with { AnsweredAt = null }));
                try
                {
                    return await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("survey invitation", "id");
                }
            },
            cancellationToken);
    }

    public async Task<SurveyInvitation?> FindInvitationAsync(string organizationId, string invitationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitationId);
        var found = await ReadInvitationsAsync(database, organizationId, "id", [invitationId], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<SurveyInvitation>> ListInvitationsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken) =>
        ReadInvitationsAsync(database, organizationId, "ticket_id", ticketIds, cancellationToken);

    public async Task RecordResponseAsync(SurveyResponse response, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(events);
        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var insert = connection.Command(
                    """
                    INSERT INTO survey_responses (organization_id, id, ticket_id, answered_at, document)
                    VALUES (@organization_id, @id, @ticket_id, @answered_at, @document);
                    """,
                    transaction)
                    .With("@organization_id", response.OrganizationId)
                    .With("@id", response.Id)
                    .With("@ticket_id", response.TicketId)
                    .With("@answered_at", UtcText.From(response.AnsweredAt))
                    .With("@document", StoreJson.Serialize(response));
                try
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (UniqueViolation.Is(exception))
                {
                    throw new DuplicateKeyException("survey response", "id");
                }

                await using var answered = connection.Command(
                    """
                    UPDATE survey_invitations SET answered_at = @answered_at, document = json_set(document, '$.answeredAt', @answered_at)
                    WHERE organization_id = @organization_id AND id = @id AND answered_at IS NULL;
                    """,
                    transaction)
                    .With("@organization_id", response.OrganizationId)
                    .With("@id", response.Id)
                    .With("@answered_at", UtcText.From(response.AnsweredAt));
                await answered.ExecuteNonQueryAsync(cancellationToken);
                return await EventRows.AppendAsync(connection, transaction, response.OrganizationId, events, cancellationToken);
            },
            cancellationToken);
        feed.Publish(stored);
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        var responses = await DocumentBatches.ReadAsync<SurveyResponse>(database, "survey_responses", "ticket_id", organizationId, ticketIds, cancellationToken);
        return [.. responses.OrderBy(r => r.AnsweredAt.UtcTicks).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<SurveyInvitation>> ReadInvitationsAsync(
        SqliteDatabase database, string organizationId, string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(values);
        var invitations = await DocumentBatches.ReadAsync<SurveyInvitation>(database, "survey_invitations", column, organizationId, values, cancellationToken);
        return [.. invitations.OrderBy(i => i.CreatedAt.UtcTicks).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }
}
