using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>An agent asked another agent or team to take a ticket (a warm transfer); the receiving side must accept it.</summary>
public sealed record TransferRequested : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "transfer.requested";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the transfer request.</summary>
    public required string RequestId { get; init; }

    /// <summary>Gets the agent or team asked to take the ticket.</summary>
    public required string To { get; init; }

    /// <summary>Gets the agent or team asking.</summary>
    public required string From { get; init; }

    /// <summary>Gets the caller's name and details, passed on before connecting.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the E.164 number the caller can use to reach the receiving side directly next time.</summary>
    public required string DirectNumber { get; init; }

    /// <summary>Gets how many times the ticket had been transferred before this request.</summary>
    public int PreviousTransferCount { get; init; }

    /// <summary>Gets the warnings given with the request (for example a round-robin warning).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Gets when the request is declined automatically if nobody accepted it.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
