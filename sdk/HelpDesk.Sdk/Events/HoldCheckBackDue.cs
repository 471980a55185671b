using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A reminder to the agent: a caller has waited on hold long enough that it is time to check back with them.</summary>
public sealed record HoldCheckBackDue : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "interaction.check_back_due";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>Gets the id of the agent handling the interaction.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets why the caller is on hold.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets when the caller was put on hold.</summary>
    public required DateTimeOffset HeldAt { get; init; }

    /// <summary>Gets how long the caller has waited so far.</summary>
    public required TimeSpan WaitedFor { get; init; }

    /// <summary>Gets which reminder of this hold it is: 1 for the first.</summary>
    public required int CheckBackNumber { get; init; }

    /// <summary>Gets the lines of the greeting-script plugin for checking back; empty when no script plugin has them.</summary>
    public IReadOnlyList<string> ScriptLines { get; init; } = [];
}
