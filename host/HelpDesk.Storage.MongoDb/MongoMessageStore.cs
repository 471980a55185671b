using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Messages taken for callers in MongoDB; each write is one transaction with its events, an update a compare-and-swap on the version.</summary>
internal sealed class MongoMessageStore(MongoStoreDatabase database) : IMessageStore
{
    private readonly VersionedDocuments documents = new(database, database.Messages, "message");

    public Task InsertAsync(CallerMessage message, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return documents.InsertAsync(message.OrganizationId, HandoffDocuments.Message(message), events, cancellationToken);
    }

    public Task<CallerMessage?> FindAsync(string organizationId, string messageId, CancellationToken cancellationToken) =>
        documents.FindAsync<CallerMessage>(organizationId, messageId, cancellationToken);

    public Task<IReadOnlyList<CallerMessage>> ListAsync(string organizationId, MessageFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return documents.ListAsync<CallerMessage>(HandoffFilters.Messages(organizationId, filter), HandoffFilters.OldestCallFirst, filter.Limit, cancellationToken);
    }

    public Task UpdateAsync(CallerMessage message, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Version != expectedVersion + 1)
        {
            throw new ArgumentException($"The new state of message '{message.Id}' must have version {expectedVersion + 1}; it has {message.Version}.", nameof(message));
        }

        return documents.ReplaceAsync(message.OrganizationId, message.Id, expectedVersion, HandoffDocuments.Message(message), events, cancellationToken);
    }
}
