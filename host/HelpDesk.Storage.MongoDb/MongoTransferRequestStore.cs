using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Warm transfer requests in MongoDB; each write is one transaction with its events, an update a compare-and-swap on the version.</summary>
internal sealed class MongoTransferRequestStore(MongoStoreDatabase database) : ITransferRequestStore
{
    private readonly VersionedDocuments documents = new(database, database.TransferRequests, "transfer request");

    public Task InsertAsync(TransferRequest request, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return documents.InsertAsync(request.OrganizationId, HandoffDocuments.TransferRequest(request), events, cancellationToken);
    }

    public Task<TransferRequest?> FindAsync(string organizationId, string requestId, CancellationToken cancellationToken) =>
        documents.FindAsync<TransferRequest>(organizationId, requestId, cancellationToken);

    public Task<IReadOnlyList<TransferRequest>> ListAsync(string organizationId, TransferRequestFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return documents.ListAsync<TransferRequest>(HandoffFilters.TransferRequests(organizationId, filter), HandoffFilters.OldestRequestFirst, filter.Limit, cancellationToken);
    }

    public Task UpdateAsync(TransferRequest request, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Version != expectedVersion + 1)
        {
            throw new ArgumentException($"The new state of transfer request '{request.Id}' must have version {expectedVersion + 1}; it has {request.Version}.", nameof(request));
        }

        return documents.ReplaceAsync(request.OrganizationId, request.Id, expectedVersion, HandoffDocuments.TransferRequest(request), events, cancellationToken);
    }
}
