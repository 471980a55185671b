using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A warm transfer was declined by the receiving side, or not accepted in time; the ticket stays where it was.</summary>
public sealed record TransferDeclined : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "transfer.declined";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the id of the transfer request.</summary>
    public required string RequestId { get; init; }

    /// <summary>Gets the agent or team that was asked.</summary>
    public required string To { get; init; }

    /// <summary>Gets the agent or team that asked, to be told.</summary>
    public required string From { get; init; }

    /// <summary>Gets why it was declined.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets whether it was declined because nobody accepted it in time.</summary>
    public bool Expired { get; init; }
}
