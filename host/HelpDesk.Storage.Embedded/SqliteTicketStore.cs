using HelpDesk.Engine.Events;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>Tickets as JSON documents with indexed columns; this part reads, <c>SqliteTicketStore.Writes.cs</c> writes.</summary>
/// <param name="database">The file.</param>
/// <param name="feed">Delivers the committed events.</param>
/// <param name="decoded">The tickets kept decoded, shared with the erasure.</param>
internal sealed partial class SqliteTicketStore(SqliteDatabase database, InProcessEventFeed feed, DecodedTickets decoded) : ITicketStore
{
    private const string SelectById = "SELECT document FROM tickets WHERE organization_id = @organization_id AND id = @value;";
    private const string SelectByIdempotencyKey = "SELECT document FROM tickets WHERE organization_id = @organization_id AND idempotency_key = @value;";

    public Task<Ticket?> FindAsync(string organizationId, string ticketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketId);
        return database.ReadAsync(
            async connection =>
            {
                var erasures = decoded.Erasures;
                await using var command = connection
                    .Prepared(SelectById)
                    .With("@organization_id", organizationId)
                    .With("@value", ticketId);
                return await command.ReadUtf8Async(cancellationToken) is { } json ? decoded.Decode(organizationId, ticketId, json, erasures) : null;
            },
            cancellationToken);
    }

    public Task<Ticket?> FindByIdempotencyKeyAsync(string organizationId, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return FindOneAsync(SelectByIdempotencyKey, organizationId, idempotencyKey, cancellationToken);
    }

    public async Task<IReadOnlyList<Ticket>> FindManyAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(ticketIds);
        return await DocumentBatches.ReadAsync<Ticket>(database, "tickets", "id", organizationId, ticketIds, cancellationToken);
    }

    public Task<TicketPage> ListAsync(string organizationId, TicketQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query));
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command("");
                var where = TicketFilterSql.Where(command, organizationId, query.Filter);

                // Keyset paging: a page starts past the position of the last ticket read, never at an offset.
                if (TicketOrderSql.After(command, query) is { } after)
                {
                    where += " AND " + after;
                }

                // One row more than asked tells whether another page follows.
                command.CommandText = $"SELECT t.document FROM tickets t WHERE {where} ORDER BY {TicketOrderSql.OrderBy(query)} LIMIT @limit;";
                command.With("@limit", (long)query.Limit + 1);
                var (items, hasMore) = await command.ReadDocumentPageAsync<Ticket>(query.Limit, cancellationToken);
                return new TicketPage(items, hasMore);
            },
            cancellationToken);
    }

    public Task<long> CountAsync(string organizationId, TicketFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(filter);
        return database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command("");
                command.CommandText = $"SELECT COUNT(*) FROM tickets t WHERE {TicketFilterSql.Where(command, organizationId, filter)};";
                return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            },
            cancellationToken);
    }

    private Task<Ticket?> FindOneAsync(string select, string organizationId, string value, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection
                    .Prepared(select)
                    .With("@organization_id", organizationId)
                    .With("@value", value);
                return await command.ReadDocumentAsync<Ticket>(cancellationToken);
            },
            cancellationToken);
}
