using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Survey invitations and responses in MongoDB. A response's _id is its invitation's, so a second answer clashes on the
/// key; the response, the invitation's answered time and the events are written in one transaction.
/// </summary>
internal sealed class MongoSurveyStore(MongoStoreDatabase database) : ISurveyStore
{
    public async Task InsertInvitationAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        try
        {
            await database.SurveyInvitations.InsertOneAsync(SurveyDocuments.Invitation(invitation with { AnsweredAt = null }), cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
        {
            throw new DuplicateKeyException("survey invitation", "id");
        }
    }

    public async Task<SurveyInvitation?> FindInvitationAsync(string organizationId, string invitationId, CancellationToken cancellationToken)
    {
        var document = await database.SurveyInvitations.Find(KeyFilters.ById(organizationId, invitationId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<SurveyInvitation>(document);
    }

    public async Task<IReadOnlyList<SurveyInvitation>> ListInvitationsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        if (ticketIds.Count == 0)
        {
            return [];
        }

        var documents = await database.SurveyInvitations.Find(SurveyFilters.OfTickets(organizationId, ticketIds)).Sort(SurveyFilters.OldestFirst).ToListAsync(cancellationToken);
        return documents.Select(StoreBsonMapping.FromDocument<SurveyInvitation>).ToList();
    }

    public Task RecordResponseAsync(SurveyResponse response, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(events);
        EventAppender.EnsureOrganization(response.OrganizationId, events);
        var document = SurveyDocuments.Response(response);
        return database.InTransactionAsync(
            async (session, ct) =>
            {
                try
                {
                    await database.SurveyResponses.InsertOneAsync(session, document, cancellationToken: ct);
                }
                catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
                {
                    throw new DuplicateKeyException("survey response", "id");
                }

                await database.SurveyInvitations.UpdateOneAsync(
                    session, SurveyFilters.Unanswered(response.OrganizationId, response.Id), SurveyFilters.Answer(response.AnsweredAt), cancellationToken: ct);
                await EventAppender.AppendAsync(database, session, response.OrganizationId, events, ct);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        if (ticketIds.Count == 0)
        {
            return [];
        }

        var documents = await database.SurveyResponses.Find(SurveyFilters.OfTickets(organizationId, ticketIds)).ToListAsync(cancellationToken);
        return [.. documents.Select(StoreBsonMapping.FromDocument<SurveyResponse>).OrderBy(r => r.AnsweredAt.UtcTicks).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }
}
