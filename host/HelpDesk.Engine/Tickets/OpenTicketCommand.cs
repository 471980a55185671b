using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Tickets;

/// <summary>What an agent or portal gives to open a ticket.</summary>
public sealed record OpenTicketCommand
{
    /// <summary>Gets the one-line summary (required, at most 200 characters).</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the description (at most 20,000 characters).</summary>
    public string Description { get; init; } = "";

    /// <summary>Gets the priority.</summary>
    public TicketPriority Priority { get; init; } = TicketPriority.Normal;

    /// <summary>Gets the caller's contact id, if known.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the asset's id, if any.</summary>
    public string? AssetId { get; init; }

    /// <summary>Gets the client's idempotency key, so a retried request does not open a second ticket.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets who opens the ticket.</summary>
    public string? ActorId { get; init; }
}
