using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>
/// An engine rule applied to a new ticket before it is stored, alongside the tagging plugins – for example the
/// <c>lemon</c> label on a unit that keeps coming back. Its event is written with the opening.
/// </summary>
public interface ITicketOpeningRule
{
    /// <summary>Applies the rule.</summary>
    /// <param name="ticket">The ticket about to be stored.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket, changed or not, and the event recording the change (null when none).</returns>
    Task<(Ticket Ticket, DomainEvent? Event)> ApplyAsync(Ticket ticket, CancellationToken cancellationToken);
}
