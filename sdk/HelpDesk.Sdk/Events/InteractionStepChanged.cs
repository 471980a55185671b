using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>An interaction moved to another of the seven call steps (forward or back).</summary>
public sealed record InteractionStepChanged : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "interaction.step_changed";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>Gets the id of the agent handling the interaction.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets the step the conversation left.</summary>
    public required CallStep From { get; init; }

    /// <summary>Gets the step the conversation entered.</summary>
    public required CallStep To { get; init; }

    /// <summary>Gets how long the conversation was in the step it left (this visit).</summary>
    public TimeSpan TimeInPreviousStep { get; init; }
}
