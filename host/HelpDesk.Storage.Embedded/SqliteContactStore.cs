using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.Embedded;

/// <summary>Contacts as JSON documents keyed by organisation and id, saved with compare-and-swap on version.</summary>
internal sealed class SqliteContactStore(SqliteDatabase database) : IContactStore
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

    public Task<int> EraseAsync(Contact erased, int expectedVersion, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erased);
        ArgumentNullException.ThrowIfNull(redaction);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                if (await table.UpdateAsync(connection, transaction, erased, expectedVersion, cancellationToken) == 0)
                {
                    throw new ConcurrencyConflictException("contact", erased.Id, expectedVersion);
                }

                return await SqliteContactErasure.RedactTicketsAsync(connection, transaction, erased, redaction, cancellationToken);
            },
            cancellationToken);
    }
}
