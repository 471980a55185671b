using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>A ticket was handed to another team or agent.</summary>
public sealed record TicketTransferred : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.transferred";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the team or agent it went to.</summary>
    public required string To { get; init; }

    /// <summary>Gets whether the transfer was announced (warm) rather than blind.</summary>
    public bool Warm { get; init; }

    /// <summary>Gets how many transfers the ticket has had, this one included.</summary>
    public required int TransferCount { get; init; }
}
