using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Directory;

/// <summary>Creates and updates an organisation's contacts, checking what is entered.</summary>
public sealed class ContactService(IContactStore contacts, TimeProvider clock)
{
    /// <summary>Creates a contact.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="details">What is known about the contact; the name is required.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The contact, or input errors naming each field at fault.</returns>
    public async Task<OperationResult<Contact>> CreateAsync(string organizationId, ContactDetails details, CancellationToken cancellationToken)
    {
        var errors = ContactRules.Check(details, nameRequired: true);
        if (errors.Count > 0)
        {
            return OperationResult<Contact>.Failure(errors);
        }

        var contact = Apply(new Contact { Id = Guid.CreateVersion7(clock.GetUtcNow()).ToString("N"), OrganizationId = organizationId, Name = "" }, details);
        await contacts.InsertAsync(contact, cancellationToken);
        return OperationResult<Contact>.Success(contact);
    }

    /// <summary>Updates a contact if nobody changed it since the version the caller read.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="contactId">The contact.</param>
    /// <param name="expectedVersion">The version last read, or null to update the latest.</param>
    /// <param name="details">The new values; null ones stay.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The contact after the change, or the problems.</returns>
    public async Task<OperationResult<Contact>> UpdateAsync(
        string organizationId, string contactId, int? expectedVersion, ContactDetails details, CancellationToken cancellationToken)
    {
        var errors = ContactRules.Check(details, nameRequired: false);
        if (errors.Count > 0)
        {
            return OperationResult<Contact>.Failure(errors);
        }

        var current = await contacts.FindAsync(organizationId, contactId, cancellationToken);
        if (current is null)
        {
            return OperationResult<Contact>.Failure([UserError.ForInput("id", "No contact with this id exists in your organisation.", UserErrorCode.NotFound)]);
        }

        if (expectedVersion is { } expected && expected != current.Version)
        {
            return Conflict(current.Version);
        }

        var updated = Apply(current, details) with { Version = current.Version + 1 };
        try
        {
            await contacts.UpdateAsync(updated, current.Version, cancellationToken);
            return OperationResult<Contact>.Success(updated);
        }
        catch (ConcurrencyConflictException)
        {
            return Conflict(current.Version);
        }
    }

    private static Contact Apply(Contact contact, ContactDetails details) => contact with
    {
        Name = details.Name?.Trim() ?? contact.Name,
        Email = details.Email ?? contact.Email,
        Phone = details.Phone ?? contact.Phone,
        TimeZone = details.TimeZone ?? contact.TimeZone,
        Language = details.Language ?? contact.Language,
        CallerType = details.CallerType ?? contact.CallerType,
    };

    private static OperationResult<Contact> Conflict(int version) => OperationResult<Contact>.Failure(
        [UserError.ForInput("expectedVersion", $"The contact was changed by someone else; it is now at version {version}. Reload it and apply your change again.", UserErrorCode.Conflict)]);
}
