using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>
/// The repeat contact rate: a contact's first ticket adds them to the denominator, their second ticket to the
/// numerator; later tickets add nothing. Not broken down, as the two tickets need not share agent, team or service.
/// </summary>
internal static class ContactObservations
{
    private static readonly IReadOnlyDictionary<string, string> Total = new Dictionary<string, string>();

    /// <summary>Observes an opened ticket.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <param name="rank">Which of its contact's tickets it is: 0 for the first, 1 for the second, else <see langword="null"/>.</param>
    /// <returns>The observations.</returns>
    public static IEnumerable<MetricObservation> Of(DomainEvent domainEvent, int? rank) => rank switch
    {
        0 => [Observation.Of(MetricNames.RepeatContactRate, 0, domainEvent, Total)],
        1 => [Observation.Of(MetricNames.RepeatContactRate, 1, domainEvent, Total, denominator: 0)],
        _ => [],
    };
}
