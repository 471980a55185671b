using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>Labels were added to or removed from a ticket.</summary>
public sealed record TicketTagged : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.tagged";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the labels added.</summary>
    public IReadOnlyList<Tag> Added { get; init; } = [];

    /// <summary>Gets the names of the labels removed.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}
