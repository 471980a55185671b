using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>The caller who left a message was called back.</summary>
public sealed record MessageCalledBack : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "message.called-back";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the message.</summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the person or team the message was for.</summary>
    public required string For { get; init; }

    /// <summary>Gets who called back.</summary>
    public required string CalledBackBy { get; init; }

    /// <summary>Gets what came of the call-back.</summary>
    public required string Outcome { get; init; }

    /// <summary>Gets whether the call-back came after the caller's call-back window.</summary>
    public bool Late { get; init; }
}
