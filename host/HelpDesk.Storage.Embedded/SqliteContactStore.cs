using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>Contacts as JSON documents keyed by organisation and id, saved with compare-and-swap on version.</summary>
/// <param name="database">The file.</param>
/// <param name="decodedTickets">The tickets kept decoded; an erasure drops the ones it redacted.</param>
internal sealed class SqliteContactStore(SqliteDatabase database, DecodedTickets decodedTickets) : IContactStore
{
    private readonly DirectoryTable<Contact> table = new(database, ContactTable.Map);

    public Task<Contact?> FindAsync(string organizationId, string contactId, CancellationToken cancellationToken) =>
        table.FindAsync(organizationId, contactId, cancellationToken);

    public Task<IReadOnlyList<Contact>> FindManyAsync(string organizationId, IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken) =>
        table.FindManyAsync(organizationId, contactIds, cancellationToken);

    public Task<Page<Contact>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken) =>
        table.ListAsync(organizationId, query, cancellationToken);

    public Task InsertAsync(Contact contact, CancellationToken cancellationToken) => table.InsertAsync(contact, cancellationToken);

    public Task UpdateAsync(Contact contact, int expectedVersion, CancellationToken cancellationToken) =>
        table.UpdateAsync(contact, expectedVersion, cancellationToken);

    public async Task<int> EraseAsync(Contact erased, int expectedVersion, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erased);
        ArgumentNullException.ThrowIfNull(redaction);
        var redacted = await database.WriteAsync(
            async (connection, transaction) =>
            {
                if (await table.UpdateAsync(connection, transaction, erased, expectedVersion, cancellationToken) == 0)
                {
                    throw new ConcurrencyConflictException("contact", erased.Id, expectedVersion);
                }

                return await SqliteContactErasure.RedactTicketsAsync(connection, transaction, erased, redaction, cancellationToken);
            },
            cancellationToken);

        // The erased text must not stay in memory either, not even where no reader would be given it.
        decodedTickets.Forget(erased.OrganizationId, redacted);
        return redacted.Count;
    }
}
