using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HelpDesk.Engine.Telemetry;

/// <summary>
/// The host's traces and metrics, under the name <c>HelpDesk</c>: what an OpenTelemetry exporter (or any
/// <see cref="ActivityListener"/>/<see cref="MeterListener"/>) subscribes to. Without a listener they cost next to nothing.
/// </summary>
public static class HelpDeskTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "HelpDesk";

    /// <summary>Spans: one per GraphQL operation over HTTP, one per plugin call and one per embedded-store call.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>How long plugin calls take, in milliseconds, by plugin and outcome.</summary>
    public static readonly Histogram<double> PluginCallDuration = Meter.CreateHistogram<double>("helpdesk.plugin.call.duration", "ms", "Duration of plugin calls.");

    /// <summary>How long GraphQL operations over HTTP take, in milliseconds, by operation name and whether they had errors.</summary>
    public static readonly Histogram<double> GraphQLOperationDuration = Meter.CreateHistogram<double>("helpdesk.graphql.operation.duration", "ms", "Duration of GraphQL operations.");

    /// <summary>How long store calls take, in milliseconds, by store (<c>embedded</c>, <c>mongodb</c>), operation and outcome.</summary>
    public static readonly Histogram<double> StoreCallDuration = Meter.CreateHistogram<double>("helpdesk.store.call.duration", "ms", "Duration of store calls.");

    /// <summary>Plugin calls that failed, by plugin and outcome (<c>error</c> or <c>timeout</c>).</summary>
    public static readonly Counter<long> PluginCallFailures = Meter.CreateCounter<long>("helpdesk.plugin.call.failures", description: "Plugin calls that threw or timed out.");
}
