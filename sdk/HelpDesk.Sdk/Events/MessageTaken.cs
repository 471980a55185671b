using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>A message was taken for someone; it is delivered to the addressee.</summary>
public sealed record MessageTaken : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "message.taken";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the message.</summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the person or team the message is for.</summary>
    public required string For { get; init; }

    /// <summary>Gets how urgently to call back.</summary>
    public MessageUrgency Urgency { get; init; } = MessageUrgency.Normal;

    /// <summary>Gets the end of the call-back window.</summary>
    public required DateTimeOffset CallBackTo { get; init; }
}
