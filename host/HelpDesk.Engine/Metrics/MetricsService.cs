using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Metrics;

namespace HelpDesk.Engine.Metrics;

/// <summary>
/// Answers metrics questions from the rollups – never by reading tickets – after folding in what the event log gained
/// since the background projection last ran, so a supervisor sees the ticket they just resolved.
/// </summary>
public sealed class MetricsService(
    MetricProjector projector, IMetricRollupStore rollups, IOrganizationStore organizations, DeskPlugins plugins, AuditTrail audit)
{
    /// <summary>The most buckets one query may span.</summary>
    public const int MaxPoints = 1000;

    /// <summary>The most new events a query folds in before it answers; a larger backlog is left to the background projection.</summary>
    public const int CatchUpLimit = 5000;

    /// <summary>Throws the organisation's rollups away, folds its whole event log again and records who did it.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="actor">Who asked for the rebuild, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the work; the rebuild continues on the next run.</param>
    /// <returns>The event log position the rollups now reach.</returns>
    public async Task<long> RebuildAsync(string organizationId, AuditActor actor, CancellationToken cancellationToken)
    {
        var checkpoint = await projector.RebuildAsync(organizationId, cancellationToken);
        await audit.RecordAsync(
            organizationId, actor, AuditAction.MetricsRebuilt, (AuditTargets.Metrics, "rollups"),
            $"Rebuilt the metric rollups from the whole event log, up to its position {checkpoint}.", cancellationToken);
        return checkpoint;
    }

    /// <summary>Lists the metrics the organisation's enabled plugins define.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The metrics, by name; the first plugin to define a name wins.</returns>
    public async Task<IReadOnlyList<DefinedMetric>> DefinitionsAsync(string organizationId, CancellationToken cancellationToken)
    {
        var sources = await plugins.GetAsync<IMetricSource>(organizationId, cancellationToken);
        return sources
            .SelectMany(s => s.Component.Definitions.Select(d => new DefinedMetric(s.PluginId, d)))
            .DistinctBy(m => m.Definition.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads metrics over a window.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The question.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One series per metric (and per dimension value when broken down), or errors naming the argument at fault.</returns>
    public async Task<OperationResult<IReadOnlyList<MetricSeries>>> QueryAsync(string organizationId, MetricsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var defined = await DefinitionsAsync(organizationId, cancellationToken);
        var zone = await OrganizationTimeZone.FindAsync(organizations, organizationId, cancellationToken);
        var errors = Validate(query, defined);
        if (errors.Count > 0)
        {
            return OperationResult<IReadOnlyList<MetricSeries>>.Failure(errors);
        }

        await projector.CatchUpAsync(organizationId, cancellationToken, CatchUpLimit);
        var chosen = query.Names.Count == 0 ? defined : [.. query.Names.Distinct(StringComparer.Ordinal).Select(n => defined.First(d => d.Definition.Name == n))];
        var buckets = BucketsOf(query, zone);
        var window = new MetricRollupQuery
        {
            Metrics = [.. chosen.Select(c => c.Definition.Name)],
            Bucket = query.Bucket,
            From = buckets[0],
            To = buckets[^1],
        };
        var totals = await rollups.ReadAsync(organizationId, window, cancellationToken);
        var broken = query.BreakdownBy is { } dimension
            ? await rollups.ReadAsync(organizationId, window with { Dimension = dimension }, cancellationToken)
            : [];
        var series = new List<MetricSeries>();
        foreach (var metric in chosen)
        {
            series.Add(MetricSeriesBuilder.Build(metric, null, null, totals.Where(r => r.Metric == metric.Definition.Name), buckets));
            foreach (var group in broken.Where(r => r.Metric == metric.Definition.Name).GroupBy(r => r.DimensionValue, StringComparer.Ordinal))
            {
                series.Add(MetricSeriesBuilder.Build(metric, query.BreakdownBy, group.Key, group, buckets));
            }
        }

        return OperationResult<IReadOnlyList<MetricSeries>>.Success(series);
    }

    private static List<UserError> Validate(MetricsQuery query, IReadOnlyList<DefinedMetric> defined)
    {
        var errors = new List<UserError>();
        foreach (var name in query.Names.Where(n => defined.All(d => d.Definition.Name != n)))
        {
            var known = defined.Count == 0 ? "this desk has no metrics plugin enabled" : $"known metrics are {string.Join(", ", defined.Select(d => d.Definition.Name))}";
            errors.Add(new UserError(["names"], $"'{name}' is not a metric of this desk; {known}.", UserErrorCode.NotFound));
        }

        if (query.To <= query.From)
        {
            errors.Add(new UserError(["to"], "The end of the window must be after its start ('from').", UserErrorCode.Invalid));
        }
        else if (BucketCount(query) > MaxPoints)
        {
            errors.Add(new UserError(["bucket"], $"The window holds more than {MaxPoints} {query.Bucket.ToString().ToLowerInvariant()} buckets; choose a longer bucket or a shorter window.", UserErrorCode.Invalid));
        }

        return errors;
    }

    /// <summary>An upper bound of the buckets in the window (a day may be 23 hours around a clock change).</summary>
    private static long BucketCount(MetricsQuery query)
    {
        var shortest = query.Bucket switch { MetricBucket.Hour => TimeSpan.FromHours(1), MetricBucket.Day => TimeSpan.FromHours(23), _ => TimeSpan.FromHours(167) };
        return (long)((query.To - query.From) / shortest) + 1;
    }

    /// <summary>The bucket starts covering the window, plus the end of the last bucket.</summary>
    private static List<DateTimeOffset> BucketsOf(MetricsQuery query, TimeZoneInfo zone)
    {
        var starts = new List<DateTimeOffset> { MetricBuckets.StartOf(query.From, query.Bucket, zone) };
        while (starts[^1] < query.To)
        {
            starts.Add(MetricBuckets.Next(starts[^1], query.Bucket, zone));
        }

        return starts;
    }
}
