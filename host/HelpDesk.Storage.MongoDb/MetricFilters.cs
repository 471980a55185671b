using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Filters and updates of metric rollups and checkpoints, all within one organisation.</summary>
internal static class MetricFilters
{
    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    private static UpdateDefinitionBuilder<BsonDocument> Update => Builders<BsonDocument>.Update;

    public static FilterDefinition<BsonDocument> Rollup(string organizationId, string metric, MetricBucket bucket, DateTimeOffset start, string dimension, string dimensionValue) =>
        OrganizationFilter.Where(
            organizationId,
            Filter.Eq(MetricFields.Metric, metric),
            Filter.Eq(MetricFields.Bucket, bucket.ToString()),
            Filter.Eq(MetricFields.Dimension, dimension),
            Filter.Eq(MetricFields.Start, new BsonDateTime(start.UtcDateTime)),
            Filter.Eq(MetricFields.DimensionValue, dimensionValue));

    public static FilterDefinition<BsonDocument> Rollups(string organizationId, MetricRollupQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return OrganizationFilter.Where(
            organizationId,
            Filter.In(MetricFields.Metric, query.Metrics),
            Filter.Eq(MetricFields.Bucket, query.Bucket.ToString()),
            Filter.Eq(MetricFields.Dimension, query.Dimension),
            Filter.Gte(MetricFields.Start, new BsonDateTime(query.From.UtcDateTime)),
            Filter.Lt(MetricFields.Start, new BsonDateTime(query.To.UtcDateTime)));
    }

    public static FilterDefinition<BsonDocument> AllRollups(string organizationId) => OrganizationFilter.Where(organizationId);

    public static FilterDefinition<BsonDocument> CheckpointAt(string organizationId, long sequence) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Sequence, sequence));

    public static FilterDefinition<BsonDocument> Checkpoint(string organizationId) => OrganizationFilter.Where(organizationId);

    public static UpdateDefinition<BsonDocument> MoveCheckpoint(long sequence) => Update.Set(Fields.Sequence, sequence);

    /// <summary>Adds a delta with atomic operators, so the rollup needs no read before the write.</summary>
    public static UpdateDefinition<BsonDocument> AddDelta(MetricRollup delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        var updates = new List<UpdateDefinition<BsonDocument>>
        {
            Update.Inc(MetricFields.Count, delta.Count),
            Update.Inc(MetricFields.Sum, delta.Sum),
            Update.Inc(MetricFields.Denominator, delta.Denominator),
            Update.Min(MetricFields.Min, delta.Min),
            Update.Max(MetricFields.Max, delta.Max),
        };
        updates.AddRange(delta.Histogram.Select(bin => Update.Inc($"{MetricFields.Histogram}.{MetricDocuments.BinKey(bin.Key)}", bin.Value)));
        return Update.Combine(updates);
    }

    public static SortDefinition<BsonDocument> InReadOrder { get; } = Builders<BsonDocument>.Sort
        .Ascending(MetricFields.Metric).Ascending(MetricFields.Start).Ascending(MetricFields.DimensionValue);
}
