using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The writing half of the ticket store: each write is one transaction holding the ticket, its new notes and its events.</summary>
internal sealed partial class MongoTicketStore
{
    public Task<long> NextNumberAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);

        // Outside any transaction: a number is taken for good even if the create that asked for it fails.
        return Upserts.RetryOnceOnDuplicateKeyAsync(
            async () =>
            {
                var counter = await database.Counters.FindOneAndUpdateAsync(
                    Counters.Named(organizationId, Counters.TicketNumber), Counters.Increment(1), Counters.TakeOptions, cancellationToken);
                return Counters.ValueOf(counter);
            });
    }

    public Task InsertAsync(Ticket ticket, string? idempotencyKey, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(events);
        if (ticket.Version != 1)
        {
            throw new ArgumentException($"A new ticket has version 1; ticket '{ticket.Id}' has version {ticket.Version}.", nameof(ticket));
        }

        EventAppender.EnsureOrganization(ticket.OrganizationId, events);
        return database.InTransactionAsync(
            async (session, token) =>
            {
                try
                {
                    await database.Tickets.InsertOneAsync(session, TicketDocuments.ToDocument(ticket, idempotencyKey), cancellationToken: token);
                }
                catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out var index))
                {
                    throw new DuplicateKeyException("ticket", DuplicateKeys.KeyOf(index));
                }

                await EventAppender.AppendAsync(database, session, ticket.OrganizationId, events, token);
                return true;
            },
            cancellationToken);
    }

    public Task UpdateAsync(
        Ticket ticket, int expectedVersion, IReadOnlyList<DomainEvent> events, IReadOnlyList<Note> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(notes);
        if (ticket.Version != expectedVersion + 1)
        {
            throw new ArgumentException(
                $"The new state of ticket '{ticket.Id}' must have version {expectedVersion + 1}; it has {ticket.Version}.", nameof(ticket));
        }

        EventAppender.EnsureOrganization(ticket.OrganizationId, events);
        NoteAppender.EnsureBelongTo(ticket, notes);
        return database.InTransactionAsync(
            async (session, token) =>
            {
                // Compare-and-swap: the document changes only if it still has the version the caller read. A $set of every
                // field rather than a replace keeps the idempotency key the ticket was created with.
                UpdateResult result;
                try
                {
                    result = await database.Tickets.UpdateOneAsync(
                        session,
                        KeyFilters.AtVersion(ticket.OrganizationId, ticket.Id, expectedVersion),
                        TicketDocuments.NewState(ticket),
                        cancellationToken: token);
                }
                catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out var index))
                {
                    throw new DuplicateKeyException("ticket", DuplicateKeys.KeyOf(index));
                }

                if (result.MatchedCount == 0)
                {
                    throw new ConcurrencyConflictException("ticket", ticket.Id, expectedVersion);
                }

                await NoteAppender.InsertAsync(database, session, notes, token);
                await EventAppender.AppendAsync(database, session, ticket.OrganizationId, events, token);
                return true;
            },
            cancellationToken);
    }
}
