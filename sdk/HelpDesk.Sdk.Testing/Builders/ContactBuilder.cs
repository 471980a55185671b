using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Testing;

/// <summary>Builds a <see cref="Contact"/> (a caller) of the test organisation, by default an English-speaking caller of unknown type.</summary>
public sealed class ContactBuilder
{
    private string id = "contact-1";
    private string organizationId = TestDefaults.OrganizationId;
    private string name = "Sam Jansen";
    private string? email = "sam.jansen@example.com";
    private string? phone = "+31 20 555 0100";
    private string? timeZone;
    private string? language = "en";
    private CallerType callerType = CallerType.Unknown;

    /// <summary>Sets the contact's id.</summary>
    /// <param name="value">The id.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder WithId(string value) => Set(() => id = Guard.NotEmpty(value));

    /// <summary>Sets the organisation the contact belongs to.</summary>
    /// <param name="value">The organisation id.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder InOrganization(string value) => Set(() => organizationId = Guard.NotEmpty(value));

    /// <summary>Sets the caller's name.</summary>
    /// <param name="value">The name as the caller spelled it.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder WithName(string value) => Set(() => name = Guard.NotEmpty(value));

    /// <summary>Sets the e-mail address.</summary>
    /// <param name="value">The address, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder WithEmail(string? value) => Set(() => email = value);

    /// <summary>Sets the phone number, with area or country code.</summary>
    /// <param name="value">The number, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder WithPhone(string? value) => Set(() => phone = value);

    /// <summary>Sets the caller's time zone.</summary>
    /// <param name="value">An IANA time zone id such as <c>Europe/Amsterdam</c>, or <see langword="null"/> when unknown.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder InTimeZone(string? value) => Set(() => timeZone = value);

    /// <summary>Sets the language the caller speaks.</summary>
    /// <param name="value">A BCP 47 language such as <c>nl</c>, or <see langword="null"/> when unknown.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder Speaking(string? value) => Set(() => language = value);

    /// <summary>Sets the caller type an agent marked on the contact.</summary>
    /// <param name="value">The caller type.</param>
    /// <returns>This builder.</returns>
    public ContactBuilder WithCallerType(CallerType value) => Set(() => callerType = Guard.Defined(value));

    /// <summary>Creates the contact.</summary>
    /// <returns>The contact.</returns>
    public Contact Build() => new()
    {
        Id = id,
        OrganizationId = organizationId,
        Name = name,
        Email = email,
        Phone = phone,
        TimeZone = timeZone,
        Language = language,
        CallerType = callerType,
    };

    private ContactBuilder Set(Action change)
    {
        change();
        return this;
    }
}
