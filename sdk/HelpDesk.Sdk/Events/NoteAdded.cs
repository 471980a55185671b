using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An internal note was written on a ticket.</summary>
public sealed record NoteAdded : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "note.added";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the note.</summary>
    public required string NoteId { get; init; }
}
