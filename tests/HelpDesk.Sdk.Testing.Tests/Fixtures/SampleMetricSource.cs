using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing.Tests.Fixtures;

public sealed class SampleMetricSource : IMetricSource
{
    public IReadOnlyList<MetricDefinition> Definitions { get; } =
        [new MetricDefinition { Name = "events-seen", Description = "Every event.", Unit = MetricUnit.Count, Aggregation = MetricAggregation.Sum }];

    public ValueTask<IReadOnlyList<MetricObservation>> ObserveAsync(MetricRequest request, IPluginContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<MetricObservation>>([new MetricObservation { Metric = "events-seen", Value = 1, At = request.Event.OccurredAt }]);
}
