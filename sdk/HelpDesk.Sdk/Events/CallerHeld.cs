using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent put the caller on hold, after explaining why; the caller joins the end of the hold queue.</summary>
public sealed record CallerHeld : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "interaction.held";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>Gets the id of the agent handling the interaction.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets why the caller is on hold.</summary>
    public required string Reason { get; init; }
}
