using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Contacts as documents keyed by organisation and id, saved with compare-and-swap on version.</summary>
internal sealed class MongoContactStore(MongoStoreDatabase database) : IContactStore
{
    private readonly DirectoryCollection<Contact> contacts = new(
        database.Contacts,
        new DirectoryMapping<Contact>
        {
            Entity = "contact",
            OrganizationIdOf = c => c.OrganizationId,
            IdOf = c => c.Id,
            VersionOf = c => c.Version,
            ToDocument = DirectoryDocuments.Contact,
        });

    public Task<Contact?> FindAsync(string organizationId, string contactId, CancellationToken cancellationToken) =>
        contacts.FindAsync(organizationId, contactId, cancellationToken);

    public Task<IReadOnlyList<Contact>> FindManyAsync(string organizationId, IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken) =>
        contacts.FindManyAsync(organizationId, contactIds, cancellationToken);

    public Task<Page<Contact>> ListAsync(string organizationId, DirectoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        return contacts.ListAsync(DirectoryFilters.Contacts(organizationId, query), query.Limit, cancellationToken);
    }

    public Task InsertAsync(Contact contact, CancellationToken cancellationToken) => contacts.InsertAsync(contact, cancellationToken);

    public Task UpdateAsync(Contact contact, int expectedVersion, CancellationToken cancellationToken) =>
        contacts.UpdateAsync(contact, expectedVersion, cancellationToken);

    public Task<int> EraseAsync(Contact erased, int expectedVersion, PersonalDataRedaction redaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erased);
        ArgumentNullException.ThrowIfNull(redaction);
        return database.InTransactionAsync(
            async (session, token) =>
            {
                var replaced = await database.Contacts.ReplaceOneAsync(
                    session, KeyFilters.AtVersion(erased.OrganizationId, erased.Id, expectedVersion), DirectoryDocuments.Contact(erased), cancellationToken: token);
                if (replaced.MatchedCount == 0)
                {
                    throw new ConcurrencyConflictException("contact", erased.Id, expectedVersion);
                }

                return await MongoContactErasure.RedactTicketsAsync(database, session, erased, redaction, token);
            },
            cancellationToken);
    }
}
