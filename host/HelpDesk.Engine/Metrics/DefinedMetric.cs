using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Engine.Metrics;

/// <summary>A metric an enabled plugin of the organisation defines.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Definition">The definition.</param>
public sealed record DefinedMetric(string PluginId, MetricDefinition Definition);
