namespace HelpDesk.Engine.Desks;

/// <summary>What a desk sets on the organisation it is installed for; a value left out keeps the organisation's own.</summary>
public sealed record DeskOrganizationDefaults
{
    /// <summary>Gets the IANA time zone (for example <c>Europe/London</c>), or <see langword="null"/> to keep the organisation's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the BCP 47 languages, the first being the default, or <see langword="null"/> to keep the organisation's.</summary>
    public IReadOnlyList<string>? Languages { get; init; }
}
