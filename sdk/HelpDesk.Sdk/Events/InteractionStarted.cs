using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent started an interaction (a call, chat or e-mail thread) about a ticket.</summary>
public sealed record InteractionStarted : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "interaction.started";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>Gets the id of the agent handling the interaction.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets how the caller reached the desk.</summary>
    public InteractionChannel Channel { get; init; } = InteractionChannel.Phone;

    /// <summary>Gets the id of the caller, if the ticket names one.</summary>
    public string? ContactId { get; init; }
}
