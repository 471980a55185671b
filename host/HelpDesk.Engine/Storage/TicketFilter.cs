using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>Which tickets a list or count includes; empty criteria match everything.</summary>
public sealed record TicketFilter
{
    /// <summary>Gets the statuses to include; empty for all.</summary>
    public IReadOnlyList<TicketStatus> Statuses { get; init; } = [];

    /// <summary>Gets the priorities to include; empty for all.</summary>
    public IReadOnlyList<TicketPriority> Priorities { get; init; } = [];

    /// <summary>Gets tags a ticket must all carry; empty for any.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the assignee to match, if any.</summary>
    public string? AssigneeId { get; init; }

    /// <summary>Gets the contact to match, if any.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the asset to match, if any.</summary>
    public string? AssetId { get; init; }

    /// <summary>Gets a text the subject or description must contain, in any case (matched literally, not as a pattern); null for any.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the time a ticket must have changed after (exclusive); null for any.</summary>
    public DateTimeOffset? UpdatedAfter { get; init; }
}
