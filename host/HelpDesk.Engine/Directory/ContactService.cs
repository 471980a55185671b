using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Directory;

/// <summary>Creates, updates and erases an organisation's contacts, checking what is entered.</summary>
public sealed class ContactService(IContactStore contacts, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The name an erased contact is shown with.</summary>
    public const string ErasedName = "Erased contact";

    private const int EraseAttempts = 3;

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

        if (current.ErasedAt is not null)
        {
            return OperationResult<Contact>.Failure([UserError.ForInput(
                "id", "This contact's personal data was erased on request; it cannot be given new details. Create a new contact if the person comes back.", UserErrorCode.Invalid)]);
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

    /// <summary>
    /// Erases a contact's personal data on their request: the contact keeps its id and caller type but loses its name,
    /// e-mail, phone, time zone and language, and every occurrence of them in the free text of its tickets (subject,
    /// description, notes, messages, promises, transfer summaries, survey answers, events) is replaced by
    /// <see cref="PersonalDataRedaction.Replacement"/>. Ticket statuses, times and metrics stay. Erasing again changes
    /// nothing. The erasure is recorded in the audit log by contact id only.
    /// </summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="contactId">The contact.</param>
    /// <param name="actor">Who asks, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The erasure, or a not-found error.</returns>
    public async Task<OperationResult<ContactErasure>> EraseAsync(string organizationId, string contactId, AuditActor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await contacts.FindAsync(organizationId, contactId, cancellationToken);
            if (current is null)
            {
                return OperationResult<ContactErasure>.Failure([UserError.ForInput("contactId", "No contact with this id exists in your organisation.", UserErrorCode.NotFound)]);
            }

            if (current.ErasedAt is not null)
            {
                return OperationResult<ContactErasure>.Success(new ContactErasure(current, 0, AlreadyErased: true));
            }

            var erased = new Contact
            {
                Id = current.Id,
                OrganizationId = current.OrganizationId,
                Name = ErasedName,
                CallerType = current.CallerType,
                ErasedAt = clock.GetUtcNow(),
                Version = current.Version + 1,
            };
            try
            {
                var tickets = await contacts.EraseAsync(erased, current.Version, PersonalDataRedaction.Of(current), cancellationToken);
                await audit.RecordAsync(
                    organizationId, actor, AuditAction.ContactErased, (AuditTargets.Contact, contactId), $"Erased the personal data of a contact and redacted {tickets} of its tickets.", cancellationToken);
                return OperationResult<ContactErasure>.Success(new ContactErasure(erased, tickets, AlreadyErased: false));
            }
            catch (ConcurrencyConflictException) when (attempt < EraseAttempts)
            {
                // The contact was edited in between: erase what it holds now, so no new detail survives.
            }
            catch (ConcurrencyConflictException)
            {
                return OperationResult<ContactErasure>.Failure([UserError.ForInput(
                    "contactId", "The contact kept changing while it was erased; nothing was erased. Try again.", UserErrorCode.Conflict)]);
            }
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
