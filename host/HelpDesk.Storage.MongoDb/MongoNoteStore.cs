using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Reads the notes the ticket store wrote with ticket changes (see <see cref="NoteAppender"/>).</summary>
internal sealed class MongoNoteStore(MongoStoreDatabase database) : INoteStore
{
    public Task<IReadOnlyList<Note>> ListAsync(string organizationId, string ticketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketId);
        return ListAsync(NoteFilters.ForTicket(organizationId, ticketId), cancellationToken);
    }

    public async Task<IReadOnlyList<Note>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketIds);
        var distinct = ticketIds.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? [] : await ListAsync(NoteFilters.ForTickets(organizationId, distinct), cancellationToken);
    }

    private async Task<IReadOnlyList<Note>> ListAsync(FilterDefinition<BsonDocument> filter, CancellationToken cancellationToken)
    {
        var documents = await database.Notes.Find(filter).Sort(NoteFilters.ByCreation).ToListAsync(cancellationToken);
        return [.. documents.Select(NoteDocuments.FromDocument)];
    }
}
