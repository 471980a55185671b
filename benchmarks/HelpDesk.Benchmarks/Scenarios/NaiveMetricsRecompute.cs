using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Benchmarks.Scenarios;

/// <summary>
/// The baseline of the metrics figure: what answering without rollups costs – replay the whole event log through the
/// organisation's metric plugins (with a fresh, in-memory plugin store, as a recompute must not trust remembered state)
/// and fold the observations that fall in the window.
/// </summary>
internal sealed class NaiveMetricsRecompute(IEventLog events, ITicketStore tickets, DeskPlugins plugins)
{
    public async Task<int> RunAsync(string organizationId, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        var sources = (await plugins.GetAsync<IMetricSource>(organizationId, CancellationToken.None))
            .Select(s => (s.Component, Context: (IPluginContext)new RecomputeContext(s.Context)))
            .ToList();
        var folding = new MetricFolding(zone);
        for (long after = 0; ;)
        {
            var batch = await events.ReadAsync(organizationId, after, 500, CancellationToken.None);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(e => e.Event.TicketId).Distinct(StringComparer.Ordinal).ToList();
            var byId = (await tickets.FindManyAsync(organizationId, ids, CancellationToken.None)).ToDictionary(t => t.Id, StringComparer.Ordinal);
            foreach (var stored in batch)
            {
                var request = new MetricRequest { Event = stored.Event, Ticket = byId.GetValueOrDefault(stored.Event.TicketId) };
                foreach (var (component, context) in sources)
                {
                    foreach (var observation in await component.ObserveAsync(request, context, CancellationToken.None))
                    {
                        if (observation.At >= from && observation.At < to && component.Definitions.FirstOrDefault(d => d.Name == observation.Metric) is { } definition)
                        {
                            folding.Add(observation, definition);
                        }
                    }
                }
            }

            after = batch[^1].Sequence;
        }

        return folding.Deltas.Count;
    }

    /// <summary>The plugin's real settings, clock and logger, with a store of its own that starts empty.</summary>
    private sealed class RecomputeContext(IPluginContext real) : IPluginContext
    {
        public string OrganizationId => real.OrganizationId;

        public string PluginId => real.PluginId;

        public TimeProvider Clock => real.Clock;

        public Microsoft.Extensions.Logging.ILogger Logger => real.Logger;

        public IPluginSettings Settings => real.Settings;

        public IPluginStore Store { get; } = new InMemoryPluginStore();
    }
}
