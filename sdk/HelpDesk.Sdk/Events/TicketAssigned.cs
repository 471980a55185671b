using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A ticket was assigned to an agent.</summary>
public sealed record TicketAssigned : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.assigned";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the new assignee.</summary>
    public required string AssigneeId { get; init; }

    /// <summary>Gets the id of the previous assignee, if any.</summary>
    public string? PreviousAssigneeId { get; init; }
}
