using HelpDesk.Plugins.Metrics;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Metrics;

/// <summary>Starts the metrics plugin with its real manifest, feeds it events and folds the observations like the host.</summary>
internal static class MetricsHarness
{
    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<DeskMetricSource>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.Metrics"));

    public static async Task<IReadOnlyList<MetricObservation>> ObserveAsync(this PluginHarness harness, DomainEvent domainEvent, Ticket? ticket) =>
        await harness.Get<IMetricSource>().ObserveAsync(new MetricRequest { Event = domainEvent, Ticket = ticket }, harness.Context, TestContext.Current.CancellationToken);

    /// <summary>Feeds events in order, each with the ticket it is about, and returns every observation.</summary>
    public static async Task<List<MetricObservation>> ObserveAllAsync(this PluginHarness harness, IEnumerable<(DomainEvent Event, Ticket? Ticket)> log)
    {
        var observations = new List<MetricObservation>();
        foreach (var (domainEvent, ticket) in log)
        {
            observations.AddRange(await harness.ObserveAsync(domainEvent, ticket));
        }

        return observations;
    }

    public static MetricObservation Single(this IEnumerable<MetricObservation> observations, string metric) =>
        Assert.Single(observations, o => o.Metric == metric);

    public static IEnumerable<MetricObservation> Of(this IEnumerable<MetricObservation> observations, string metric) =>
        observations.Where(o => o.Metric == metric);

    /// <summary>Folds observations the way the host does for an Average metric: Σ value / Σ denominator.</summary>
    public static double Average(this IEnumerable<MetricObservation> observations, string metric)
    {
        var folded = observations.Of(metric).ToList();
        return folded.Sum(o => o.Value) / folded.Sum(o => o.Denominator);
    }

    /// <summary>Folds an Average metric within one value of one breakdown dimension, as the host's rollup does.</summary>
    public static double Average(this IEnumerable<MetricObservation> observations, string metric, string dimension, string value) =>
        observations.Where(o => o.Breakdown.TryGetValue(dimension, out var v) && v == value).Average(metric);

    /// <summary>Folds observations the way the host does for a Sum metric.</summary>
    public static double Sum(this IEnumerable<MetricObservation> observations, string metric) =>
        observations.Of(metric).Sum(o => o.Value);

    /// <summary>Describes observations as comparable text, breakdown included.</summary>
    public static IReadOnlyList<string> Described(this IEnumerable<MetricObservation> observations) =>
        [.. observations.Select(o => $"{o.Metric} {o.Value}/{o.Denominator} at {o.At:O} [{string.Join(", ", o.Breakdown.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}"))}]")];
}
