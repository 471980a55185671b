using HelpDesk.Plugins.Metrics;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Metrics;

/// <summary>Starts the metrics plugin with its real manifest and feeds it events.</summary>
internal static class MetricsHarness
{
    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<DeskMetricSource>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.Metrics"));

    public static async Task<IReadOnlyList<MetricObservation>> ObserveAsync(this PluginHarness harness, DomainEvent domainEvent, Ticket? ticket) =>
        await harness.Get<IMetricSource>().ObserveAsync(new MetricRequest { Event = domainEvent, Ticket = ticket }, harness.Context, TestContext.Current.CancellationToken);

    public static MetricObservation Single(this IEnumerable<MetricObservation> observations, string metric) =>
        Assert.Single(observations, o => o.Metric == metric);

    /// <summary>Folds observations the way the host does for an Average metric.</summary>
    public static double Average(this IEnumerable<MetricObservation> observations, string metric) =>
        observations.Where(o => o.Metric == metric).Average(o => o.Value);
}
