using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Redacts, inside the erasure's transaction, the free text of a contact's tickets and of everything written on them.
/// Versioned documents get a new version, so a writer that read them before the erasure cannot put the text back.
/// </summary>
internal static class MongoContactErasure
{
    /// <returns>The number of the contact's tickets.</returns>
    public static async Task<int> RedactTicketsAsync(
        MongoStoreDatabase database, IClientSessionHandle session, Contact contact, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        var organizationId = contact.OrganizationId;
        var tickets = await database.Tickets.Find(session, ErasureFilters.TicketsOfContact(organizationId, contact.Id)).ToListAsync(cancellationToken);
        foreach (var ticket in tickets.Select(TicketDocuments.FromDocument))
        {
            var redacted = ticket with { Subject = redaction.Apply(ticket.Subject)!, Description = redaction.Apply(ticket.Description)!, Version = ticket.Version + 1 };
            if (redacted with { Version = ticket.Version } != ticket)
            {
                await database.Tickets.UpdateOneAsync(session, KeyFilters.ById(organizationId, ticket.Id), TicketDocuments.NewState(redacted), cancellationToken: cancellationToken);
            }
        }

        var ticketIds = tickets.Select(t => t[Fields.EntityId].AsString).ToList();
        if (ticketIds.Count == 0)
        {
            return 0;
        }

        (IMongoCollection<BsonDocument> Collection, IReadOnlyList<string> Paths, bool Versioned)[] written =
        [
            (database.Notes, ErasableText.Notes, false),
            (database.Messages, ErasableText.Messages, true),
            (database.Promises, ErasableText.Promises, true),
            (database.TransferRequests, ErasableText.TransferRequests, true),
            (database.SurveyResponses, ErasableText.SurveyResponses, false),
            (database.Events, ErasableText.Events, false),
        ];
        foreach (var (collection, paths, versioned) in written)
        {
            await RedactAsync(collection, session, organizationId, ticketIds, paths, versioned, redaction, cancellationToken);
        }

        return ticketIds.Count;
    }

    private static async Task RedactAsync(
        IMongoCollection<BsonDocument> collection,
        IClientSessionHandle session,
        string organizationId,
        List<string> ticketIds,
        IReadOnlyList<string> paths,
        bool versioned,
        PersonalDataRedaction redaction,
        CancellationToken cancellationToken)
    {
        var documents = await collection.Find(session, ErasureFilters.OnTickets(organizationId, ticketIds)).ToListAsync(cancellationToken);
        foreach (var document in documents.Where(d => BsonRedaction.Apply(d, paths, redaction)))
        {
            if (versioned)
            {
                document[Fields.Version] = document[Fields.Version].ToInt32() + 1;
            }

            await collection.ReplaceOneAsync(session, ErasureFilters.Stored(organizationId, document[Fields.Id]), document, cancellationToken: cancellationToken);
        }
    }
}
