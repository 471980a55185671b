using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A promise made to the caller is due soon and not kept yet: a reminder for the agent who made it.</summary>
public sealed record PromiseDueSoon : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "promise.due-soon";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the promise's id.</summary>
    public required string PromiseId { get; init; }

    /// <summary>Gets what was promised.</summary>
    public required string Text { get; init; }

    /// <summary>Gets when it must be kept.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets the id of the agent who made it.</summary>
    public required string PromisedBy { get; init; }
}
