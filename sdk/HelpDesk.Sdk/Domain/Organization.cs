namespace HelpDesk.Sdk.Domain;

/// <summary>An organisation that runs its own help desk on the host.</summary>
public sealed record Organization
{
    /// <summary>Gets the organisation's id; every stored document carries it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name agents say when they greet a caller.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the organisation's IANA time zone, used for business hours.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Gets the BCP 47 languages the desk works in, the first being the default.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];
}
