using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A ticket was resolved.</summary>
public sealed record TicketResolved : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.resolved";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets whether it was resolved in the first interaction with the caller.</summary>
    public bool FirstContact { get; init; }

    /// <summary>Gets the service type label of the ticket when it was resolved, if tagged.</summary>
    public string? ServiceType { get; init; }
}
