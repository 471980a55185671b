using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Plugins.Metrics.Observers;

/// <summary>Creates observations that count at their event's time.</summary>
internal static class Observation
{
    /// <summary>Creates an observation.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="domainEvent">The event it was observed from; its time is the observation's.</param>
    /// <param name="breakdown">The breakdown dimensions.</param>
    /// <param name="denominator">What it adds to an average's denominator: 1, or 0 to add to the numerator only.</param>
    /// <returns>The observation.</returns>
    public static MetricObservation Of(string metric, double value, DomainEvent domainEvent, IReadOnlyDictionary<string, string> breakdown, double denominator = 1) =>
        new() { Metric = metric, Value = value, Denominator = denominator, At = domainEvent.OccurredAt, Breakdown = breakdown };

    /// <summary>Gets the seconds from a start to an event, never negative.</summary>
    /// <param name="start">The start.</param>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The seconds.</returns>
    public static double SecondsSince(DateTimeOffset start, DomainEvent domainEvent) =>
        Math.Max(0, (domainEvent.OccurredAt - start).TotalSeconds);
}
