using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Storage.Embedded;

/// <summary>Warm transfer requests as JSON documents, with the receiving side's key and the status as columns to list by.</summary>
internal sealed class SqliteTransferRequestStore(SqliteDatabase database, InProcessEventFeed feed) : ITransferRequestStore
{
    private readonly VersionedRows rows = new(database, feed, "transfer_requests", "transfer request");

    public Task InsertAsync(TransferRequest request, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return rows.InsertAsync(request.OrganizationId, Row(request), events, cancellationToken);
    }

    public Task<TransferRequest?> FindAsync(string organizationId, string requestId, CancellationToken cancellationToken) =>
        rows.FindAsync<TransferRequest>(organizationId, requestId, cancellationToken);

    public Task<IReadOnlyList<TransferRequest>> ListAsync(string organizationId, TransferRequestFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = (filter.TicketId is null ? "" : " AND ticket_id = @ticket_id") +
            (filter.To is null ? "" : " AND to_key = @to_key") +
            (filter.Status is null ? "" : " AND status = @status");
        return rows.ListAsync<TransferRequest>(
            organizationId,
            where,
            "requested_at, id",
            filter.Limit,
            [("@ticket_id", filter.TicketId), ("@to_key", filter.To is null ? null : AddresseeKey.Of(filter.To)), ("@status", filter.Status?.ToString())],
            cancellationToken);
    }

    public Task UpdateAsync(TransferRequest request, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Version != expectedVersion + 1)
        {
            throw new ArgumentException($"The new state of transfer request '{request.Id}' must have version {expectedVersion + 1}; it has {request.Version}.", nameof(request));
        }

        return rows.UpdateAsync(request.OrganizationId, request.Id, expectedVersion, Row(request), events, cancellationToken);
    }

    private static List<(string, object?)> Row(TransferRequest request) =>
    [
        ("organization_id", request.OrganizationId),
        ("id", request.Id),
        ("ticket_id", request.TicketId),
        ("to_key", AddresseeKey.Of(request.To)),
        ("status", request.Status.ToString()),
        ("requested_at", UtcText.From(request.RequestedAt)),
        ("version", request.Version),
        ("document", StoreJson.Serialize(request)),
    ];
}
