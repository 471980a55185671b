using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent took the caller off hold.</summary>
public sealed record CallerResumed : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "interaction.resumed";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>Gets the id of the agent handling the interaction.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets why the caller was on hold.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets how long this hold lasted.</summary>
    public required TimeSpan HeldFor { get; init; }

    /// <summary>Gets the interaction's hold time so far, this hold included.</summary>
    public required TimeSpan TotalHoldTime { get; init; }
}
