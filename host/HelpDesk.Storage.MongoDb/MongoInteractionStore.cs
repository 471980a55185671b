using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Interactions in MongoDB; each write is one transaction holding the interaction and its events, an update a compare-and-swap on the version.</summary>
internal sealed class MongoInteractionStore(MongoStoreDatabase database) : IInteractionStore
{
    private VersionedDocuments Documents { get; } = new(database, database.Interactions, "interaction");

    public Task InsertAsync(Interaction interaction, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(events);
        if (interaction.Version != 1)
        {
            throw new ArgumentException($"A new interaction has version 1; interaction '{interaction.Id}' has version {interaction.Version}.", nameof(interaction));
        }

        return Documents.InsertAsync(interaction.OrganizationId, InteractionDocuments.ToDocument(interaction), events, cancellationToken);
    }

    public async Task<Interaction?> FindAsync(string organizationId, string interactionId, CancellationToken cancellationToken)
    {
        var document = await database.Interactions.Find(KeyFilters.ById(organizationId, interactionId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : StoreBsonMapping.FromDocument<Interaction>(document);
    }

    public Task UpdateAsync(Interaction interaction, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(events);
        if (interaction.Version != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new state of interaction '{interaction.Id}' must have version {expectedVersion + 1}; it has {interaction.Version}.", nameof(interaction));
        }

        return Documents.ReplaceAsync(interaction.OrganizationId, interaction.Id, expectedVersion, InteractionDocuments.ToDocument(interaction), events, cancellationToken);
    }

    public async Task<IReadOnlyList<Interaction>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        if (ticketIds.Count == 0)
        {
            return [];
        }

        var documents = await database.Interactions.Find(InteractionFilters.OfTickets(organizationId, ticketIds)).Sort(InteractionFilters.OldestFirst).ToListAsync(cancellationToken);
        return [.. documents.Select(StoreBsonMapping.FromDocument<Interaction>)];
    }

    public async Task<IReadOnlyList<Interaction>> ListHeldAsync(string organizationId, CancellationToken cancellationToken)
    {
        var documents = await database.Interactions.Find(InteractionFilters.OnHold(organizationId)).Sort(InteractionFilters.LongestWaitingFirst).ToListAsync(cancellationToken);
        return [.. documents.Select(StoreBsonMapping.FromDocument<Interaction>)];
    }
}
