using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A promise made to the caller passed its due time without being kept.</summary>
public sealed record PromiseOverdue : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "promise.overdue";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the promise's id.</summary>
    public required string PromiseId { get; init; }

    /// <summary>Gets what was promised.</summary>
    public required string Text { get; init; }

    /// <summary>Gets when it had to be kept.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets the id of the agent who made it.</summary>
    public required string PromisedBy { get; init; }
}
