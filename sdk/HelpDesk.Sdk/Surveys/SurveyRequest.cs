using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Sdk.Surveys;

/// <summary>A ticket event after which a survey might be sent.</summary>
public sealed record SurveyRequest
{
    /// <summary>Gets the ticket after the event.</summary>
    public required Ticket Ticket { get; init; }

    /// <summary>Gets the event (for example <see cref="TicketResolved"/>).</summary>
    public required DomainEvent Event { get; init; }
}
