namespace HelpDesk.Engine.Storage;

/// <summary>A page request over contacts or assets, ordered by id.</summary>
public sealed record DirectoryQuery
{
    /// <summary>Gets a text the entry must contain (case-insensitive): name, e-mail or phone of a contact; serial number or model of an asset.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the owning contact an asset must have; ignored for contacts.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the id to start after (exclusive); <see langword="null"/> to start at the beginning.</summary>
    public string? AfterId { get; init; }

    /// <summary>Gets the most entries to return.</summary>
    public required int Limit { get; init; }
}
