using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A message's call-back window ended without a call-back.</summary>
public sealed record MessageOverdue : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "message.overdue";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the message.</summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the person or team the message is for.</summary>
    public required string For { get; init; }

    /// <summary>Gets the end of the call-back window that passed.</summary>
    public required DateTimeOffset CallBackTo { get; init; }
}
