using System.Text.Json.Serialization;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Events;

/// <summary>An escalation policy decided something about a ticket other than keeping it.</summary>
public sealed record TicketEscalated : DomainEvent
{
    /// <summary>The stable name of this event type in the log.</summary>
    public const string TypeName = "ticket.escalated";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Gets the decision as recorded on the ticket.</summary>
    public required EscalationState Decision { get; init; }

    /// <summary>Gets the tier the ticket was in before.</summary>
    public required SupportTier PreviousTier { get; init; }
}
