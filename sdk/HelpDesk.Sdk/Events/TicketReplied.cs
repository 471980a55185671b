using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent replied to the caller.</summary>
public sealed record TicketReplied : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.replied";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the reply note.</summary>
    public required string NoteId { get; init; }

    /// <summary>Gets whether this was the first reply on the ticket.</summary>
    public bool IsFirstReply { get; init; }
}
