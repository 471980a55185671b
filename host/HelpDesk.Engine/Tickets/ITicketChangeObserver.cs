using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Tickets;

/// <summary>
/// Engine code that follows tickets after each stored change (opening included) – for example to arm a reminder. Called
/// once the change is durable; a failing observer is logged and never undoes or fails the change.
/// </summary>
public interface ITicketChangeObserver
{
    /// <summary>Reacts to a stored change.</summary>
    /// <param name="ticket">The ticket as stored.</param>
    /// <param name="events">The events the change appended.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the reaction is done.</returns>
    Task ChangedAsync(Ticket ticket, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);
}
