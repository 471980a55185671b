using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent promised the caller something by a concrete time.</summary>
public sealed record PromiseMade : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "promise.made";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the promise's id.</summary>
    public required string PromiseId { get; init; }

    /// <summary>Gets what was promised.</summary>
    public required string Text { get; init; }

    /// <summary>Gets when it must be kept.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets the interaction it was made in, if known.</summary>
    public string? InteractionId { get; init; }
}
