using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>An interaction ended with its goodbye; a caller still on hold was taken off hold by it.</summary>
public sealed record InteractionEnded : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "interaction.ended";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>Gets the id of the agent handling the interaction.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets the step the conversation was in when it ended.</summary>
    public required CallStep Step { get; init; }

    /// <summary>Gets how long the interaction lasted, from its start.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Gets the interaction's total hold time, a hold ended by the goodbye included.</summary>
    public required TimeSpan TotalHoldTime { get; init; }

    /// <summary>Gets how long the hold lasted that ending the interaction closed; <see langword="null"/> when the caller was not on hold.</summary>
    public TimeSpan? EndedHoldFor { get; init; }
}
