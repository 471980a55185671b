using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent changed what a ticket says: its subject, description, priority or working status.</summary>
public sealed record TicketUpdated : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.updated";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the names of the fields that changed (<c>subject</c>, <c>description</c>, <c>priority</c>, <c>status</c>).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
}
