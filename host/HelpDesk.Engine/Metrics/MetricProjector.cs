using System.Collections.Concurrent;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Metrics;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Metrics;

/// <summary>
/// Folds an organisation's event log into its metric rollups, from where the last run stopped: each batch of events goes
/// through the organisation's metric plugins and is written with the checkpoint it reaches, so a crash neither loses nor
/// double-counts an event. Runs one at a time per organisation in this process; across host instances the store's
/// checkpoint comparison lets only one win.
/// </summary>
public sealed partial class MetricProjector(
    IEventLog events,
    ITicketStore tickets,
    IOrganizationStore organizations,
    IMetricRollupStore rollups,
    DeskPlugins plugins,
    PluginInvoker invoker,
    ILogger<MetricProjector> logger)
{
    /// <summary>How many events are read and written per batch.</summary>
    public const int BatchSize = 500;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <summary>Folds the events written since the last run into the rollups.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the work; batches already written stay.</param>
    /// <param name="maxEvents">Stop after about this many events (the rest follow on the next run).</param>
    /// <returns>The checkpoint reached.</returns>
    public async Task<long> CatchUpAsync(string organizationId, CancellationToken cancellationToken, int maxEvents = int.MaxValue)
    {
        var gate = gates.GetOrAdd(organizationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await FoldAsync(organizationId, maxEvents, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Throws the organisation's rollups away and folds its whole event log again (after a plugin change, say).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the work; the rebuild continues on the next run.</param>
    /// <returns>The checkpoint reached.</returns>
    public async Task<long> RebuildAsync(string organizationId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(organizationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await rollups.ResetAsync(organizationId, cancellationToken);
            return await FoldAsync(organizationId, int.MaxValue, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<long> FoldAsync(string organizationId, int maxEvents, CancellationToken cancellationToken)
    {
        var checkpoint = await rollups.GetCheckpointAsync(organizationId, cancellationToken);
        var sources = await plugins.GetAsync<IMetricSource>(organizationId, cancellationToken);
        var zone = await OrganizationTimeZone.FindAsync(organizations, organizationId, cancellationToken);
        for (var folded = 0; folded < maxEvents;)
        {
            var batch = await events.ReadAsync(organizationId, checkpoint, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var folding = new MetricFolding(zone);
            await ObserveAsync(organizationId, batch, sources, folding, cancellationToken);
            try
            {
                await rollups.ApplyAsync(organizationId, folding.Deltas, checkpoint, batch[^1].Sequence, cancellationToken);
            }
            catch (CheckpointMovedException)
            {
                // Another instance folded these events first; it carries on from where it is.
                return await rollups.GetCheckpointAsync(organizationId, cancellationToken);
            }

            checkpoint = batch[^1].Sequence;
            folded += batch.Count;
        }

        return checkpoint;
    }

    private async Task ObserveAsync(
        string organizationId, IReadOnlyList<StoredEvent> batch, IReadOnlyList<ActiveComponent<IMetricSource>> sources, MetricFolding folding, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return;
        }

        var ticketIds = batch.Select(e => e.Event.TicketId).Distinct(StringComparer.Ordinal).ToList();
        var ticketsById = (await tickets.FindManyAsync(organizationId, ticketIds, cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var stored in batch)
        {
            var request = new MetricRequest { Event = stored.Event, Ticket = ticketsById.GetValueOrDefault(stored.Event.TicketId) };
            foreach (var source in sources)
            {
                var result = await invoker.InvokeAsync(source, (s, ct) => s.ObserveAsync(request, source.Context, ct), cancellationToken);
                foreach (var observation in result.Value ?? [])
                {
                    if (source.Component.Definitions.FirstOrDefault(d => d.Name == observation.Metric) is { } definition)
                    {
                        folding.Add(observation, definition);
                    }
                    else
                    {
                        LogUndefinedMetric(logger, source.PluginId, observation.Metric);
                    }
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} observed the metric {Metric}, which none of its definitions names; the value is ignored.")]
    private static partial void LogUndefinedMetric(ILogger logger, string pluginId, string metric);
}
