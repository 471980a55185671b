using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A promise made to the caller was kept, on time or late.</summary>
public sealed record PromiseKept : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "promise.kept";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the promise's id.</summary>
    public required string PromiseId { get; init; }

    /// <summary>Gets when it had to be kept.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets the id of the agent who made it.</summary>
    public required string PromisedBy { get; init; }

    /// <summary>Gets whether it was kept by its due time.</summary>
    public bool OnTime { get; init; }

    /// <summary>Gets whether a <see cref="PromiseOverdue"/> event was recorded for it before it was kept.</summary>
    public bool WasOverdue { get; init; }
}
