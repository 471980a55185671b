namespace HelpDesk.Sdk.Domain;

/// <summary>A caller's request for help, as the desk tracks it.</summary>
public sealed record Ticket
{
    /// <summary>Gets the ticket's id, unique within its organisation.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that owns the ticket.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the human-facing number (<c>#1042</c>), sequential per organisation.</summary>
    public required long Number { get; init; }

    /// <summary>Gets the one-line summary of the problem.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the full description of the problem.</summary>
    public string Description { get; init; } = "";

    /// <summary>Gets the life-cycle status.</summary>
    public TicketStatus Status { get; init; } = TicketStatus.New;

    /// <summary>Gets the urgency.</summary>
    public TicketPriority Priority { get; init; } = TicketPriority.Normal;

    /// <summary>Gets the tier that owns the ticket.</summary>
    public SupportTier Tier { get; init; } = SupportTier.FirstLevel;

    /// <summary>Gets the id of the caller the ticket is for, if known.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the id of the unit (device, installation) the ticket is about, if any.</summary>
    public string? AssetId { get; init; }

    /// <summary>Gets the id of the agent working the ticket, if assigned.</summary>
    public string? AssigneeId { get; init; }

    /// <summary>Gets the labels on the ticket.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>Gets the last escalation decision, if a policy made one.</summary>
    public EscalationState? Escalation { get; init; }

    /// <summary>Gets how many times the ticket was handed to another team or agent.</summary>
    public int TransferCount { get; init; }

    /// <summary>Gets when the ticket was opened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the ticket last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Gets when an agent first replied, if one has.</summary>
    public DateTimeOffset? FirstRepliedAt { get; init; }

    /// <summary>Gets when an agent last replied to the caller, if one has.</summary>
    public DateTimeOffset? LastRepliedAt { get; init; }

    /// <summary>Gets when the ticket was resolved, if it is.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Tells whether the ticket carries a tag with the given name.</summary>
    /// <param name="name">The tag name, compared without regard to case.</param>
    /// <returns><see langword="true"/> when the tag is present.</returns>
    public bool HasTag(string name) => Tags.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
