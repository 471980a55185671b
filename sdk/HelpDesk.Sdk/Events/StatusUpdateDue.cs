using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>
/// An open ticket's caller has not heard from the desk for the status-update interval (24 hours by default): give them
/// a status update, even when nothing changed.
/// </summary>
public sealed record StatusUpdateDue : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.status-update-due";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets when the caller last heard from the desk: the last agent reply, or the ticket's opening.</summary>
    public required DateTimeOffset SilentSince { get; init; }

    /// <summary>Gets the id of the agent working the ticket, if assigned.</summary>
    public string? AssigneeId { get; init; }
}
