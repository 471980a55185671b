using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Sdk.Metrics;

/// <summary>An event to fold into metrics, with the ticket as it was after the event.</summary>
public sealed record MetricRequest
{
    /// <summary>Gets the event.</summary>
    public required DomainEvent Event { get; init; }

    /// <summary>Gets the ticket the event is about, after the event, when it still exists.</summary>
    public Ticket? Ticket { get; init; }
}
