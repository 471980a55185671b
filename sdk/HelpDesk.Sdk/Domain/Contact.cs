namespace HelpDesk.Sdk.Domain;

/// <summary>A caller or customer known to the desk.</summary>
public sealed record Contact
{
    /// <summary>Gets the contact's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation whose desk knows this contact.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the contact's full name, spelled as confirmed with them.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the e-mail address, if known.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number in E.164 form, if known.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the contact's IANA time zone, if known.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the contact's preferred BCP 47 language, if known.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Gets when the contact's personal data was erased on request; <see langword="null"/> while it is held. An erased
    /// contact keeps its id and caller type, so its tickets still count in statistics, but has no name, e-mail, phone,
    /// time zone or language any more.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>Gets the caller type an agent marked, if any.</summary>
    public CallerType CallerType { get; init; } = CallerType.Unknown;

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;
}
