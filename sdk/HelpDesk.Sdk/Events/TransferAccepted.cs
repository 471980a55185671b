using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>The receiving agent or team accepted a warm transfer; a <see cref="TicketTransferred"/> follows.</summary>
public sealed record TransferAccepted : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "transfer.accepted";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the transfer request.</summary>
    public required string RequestId { get; init; }

    /// <summary>Gets the agent or team that took the ticket.</summary>
    public required string To { get; init; }

    /// <summary>Gets the agent or team that asked, to be told.</summary>
    public required string From { get; init; }
}
