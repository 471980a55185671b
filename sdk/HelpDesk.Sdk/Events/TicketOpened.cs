using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>A ticket was opened.</summary>
public sealed record TicketOpened : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.opened";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the ticket's number.</summary>
    public required long Number { get; init; }

    /// <summary>Gets the priority it was opened with.</summary>
    public required TicketPriority Priority { get; init; }

    /// <summary>Gets the id of the caller, if known.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the id of the asset, if any.</summary>
    public string? AssetId { get; init; }
}
