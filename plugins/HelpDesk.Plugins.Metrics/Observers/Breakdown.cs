using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>Builds the breakdown dimensions of an observation from what is known about the event and ticket.</summary>
internal sealed class Breakdown(MetricSettings settings)
{
    private const string ServiceTagPrefix = "service:";

    public IReadOnlyDictionary<string, string> For(DomainEvent domainEvent, Ticket? ticket, string? serviceType = null, string? agent = null)
    {
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ServiceTypeOf(ticket, serviceType) is { } service)
        {
            dimensions["serviceType"] = service;
        }

        if (settings.BreakdownByAgent && (agent ?? domainEvent.ActorId) is { Length: > 0 } who)
        {
            dimensions["agent"] = who;
        }

        if (ticket is not null)
        {
            dimensions["priority"] = ticket.Priority.ToString().ToLowerInvariant();
        }

        return dimensions;
    }

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
