using HelpDesk.Plugins.Metrics.Memory;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// Builds the breakdown dimensions of an observation from what is known about the event and its ticket:
/// <c>serviceType</c>, <c>agent</c>, <c>team</c> and <c>priority</c>.
/// </summary>
internal sealed class Breakdown(MetricSettings settings, TicketHistory history)
{
    private const string ServiceTagPrefix = "service:";

    /// <summary>Gets the dimensions of an observation.</summary>
    /// <param name="domainEvent">The event observed.</param>
    /// <param name="ticket">The ticket, if known.</param>
    /// <param name="serviceType">The service type the event recorded, if any; else the ticket's <c>service:</c> label.</param>
    /// <param name="agent">The agent to credit; else the event's actor.</param>
    /// <returns>The dimensions that are known.</returns>
    public IReadOnlyDictionary<string, string> For(DomainEvent domainEvent, Ticket? ticket, string? serviceType = null, string? agent = null)
    {
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ServiceTypeOf(ticket, serviceType) is { } service)
        {
            dimensions["serviceType"] = service;
        }

        var who = agent ?? domainEvent.ActorId;
        if (settings.BreakdownByAgent && who is { Length: > 0 })
        {
            dimensions["agent"] = who;
        }

        // The team that held the ticket at the time; for a ticket never handed to a team, the agent's own team.
        if ((history.TeamWhen(domainEvent) ?? settings.TeamOf(who)) is { } team)
        {
            dimensions["team"] = team;
        }

        if (ticket is not null)
        {
            dimensions["priority"] = ticket.Priority.ToString().ToLowerInvariant();
        }

        return dimensions;
    }

    /// <summary>
    /// Gets the dimensions of a rate whose numerator and denominator are observed at different events (opening and
    /// resolution): only the priority the ticket was opened with, which both ends know alike.
    /// </summary>
    /// <returns>The dimensions.</returns>
    public IReadOnlyDictionary<string, string> AsOpened() =>
        history.OpenedPriority is { } priority
            ? new Dictionary<string, string>(StringComparer.Ordinal) { ["priority"] = priority }
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static string? ServiceTypeOf(Ticket? ticket, string? recorded)
    {
        if (!string.IsNullOrWhiteSpace(recorded))
        {
            return recorded.Trim().ToLowerInvariant();
        }

        var tag = ticket?.Tags.FirstOrDefault(t => t.Name.StartsWith(ServiceTagPrefix, StringComparison.OrdinalIgnoreCase));
        return tag is null ? null : tag.Name[ServiceTagPrefix.Length..].ToLowerInvariant();
    }
}
