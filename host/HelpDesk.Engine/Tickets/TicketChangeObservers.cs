using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Tickets;

/// <summary>Tells every <see cref="ITicketChangeObserver"/> about a stored change; one that fails is logged and skipped.</summary>
public sealed partial class TicketChangeObservers(IEnumerable<ITicketChangeObserver> observers, ILogger<TicketChangeObservers> logger)
{
    private readonly ITicketChangeObserver[] all = [.. observers];

    /// <summary>Notifies the observers.</summary>
    /// <param name="ticket">The ticket as stored.</param>
    /// <param name="events">The events the change appended.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every observer was told.</returns>
    public async Task NotifyAsync(Ticket ticket, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var observer in all)
        {
            try
            {
                await observer.ChangedAsync(ticket, events, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, observer.GetType().Name, ticket.Id, ticket.OrganizationId, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Observer} failed to follow a change of ticket {TicketId} of organisation {OrganizationId}; the change itself is stored.")]
    private static partial void LogFailed(ILogger logger, string observer, string ticketId, string organizationId, Exception exception);
}
