using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A resolved ticket was reopened.</summary>
public sealed record TicketReopened : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.reopened";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets why it was reopened, if said.</summary>
    public string? Reason { get; init; }
}
