using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Metric rollups in MongoDB: the checkpoint is compared and moved, and the deltas are added with atomic upserts, in one
/// transaction – a projector that lost the race (on this or another host instance) writes nothing.
/// </summary>
internal sealed class MongoMetricRollupStore(MongoStoreDatabase database) : IMetricRollupStore
{
    public async Task<long> GetCheckpointAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var document = await database.MetricCheckpoints.Find(MetricFilters.Checkpoint(organizationId)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? 0 : document[Fields.Sequence].ToInt64();
    }

    public Task ApplyAsync(string organizationId, IReadOnlyList<MetricRollup> deltas, long fromCheckpoint, long toCheckpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(deltas);
        return database.InTransactionAsync(
            async (session, ct) =>
            {
                await MoveCheckpointAsync(session, organizationId, fromCheckpoint, toCheckpoint, ct);
                if (deltas.Count > 0)
                {
                    var writes = deltas.Select(delta => new UpdateOneModel<BsonDocument>(
                        MetricFilters.Rollup(organizationId, delta.Metric, delta.Bucket, delta.Start, delta.Dimension, delta.DimensionValue),
                        MetricFilters.AddDelta(delta)) { IsUpsert = true });
                    await database.MetricRollups.BulkWriteAsync(session, writes, new BulkWriteOptions { IsOrdered = false }, ct);
                }

                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<MetricRollup>> ReadAsync(string organizationId, MetricRollupQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        var documents = await database.MetricRollups.Find(MetricFilters.Rollups(organizationId, query))
            .Sort(MetricFilters.InReadOrder)
            .ToListAsync(cancellationToken);
        return documents.Select(MetricDocuments.ToRollup).ToList();
    }

    public Task ResetAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.InTransactionAsync(
            async (session, ct) =>
            {
                await database.MetricRollups.DeleteManyAsync(session, MetricFilters.AllRollups(organizationId), cancellationToken: ct);
                await database.MetricCheckpoints.DeleteManyAsync(session, MetricFilters.Checkpoint(organizationId), cancellationToken: ct);
                return true;
            },
            cancellationToken);
    }

    private async Task MoveCheckpointAsync(IClientSessionHandle session, string organizationId, long from, long to, CancellationToken cancellationToken)
    {
        try
        {
            // From 0 the checkpoint document may not exist yet: the upsert creates it, or clashes with one a rival created.
            var result = await database.MetricCheckpoints.UpdateOneAsync(
                session, MetricFilters.CheckpointAt(organizationId, from), MetricFilters.MoveCheckpoint(to), new UpdateOptions { IsUpsert = from == 0 }, cancellationToken);
            if (result.MatchedCount == 0 && result.UpsertedId is null)
            {
                throw new CheckpointMovedException(organizationId, from);
            }
        }
        catch (MongoException exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
        {
            throw new CheckpointMovedException(organizationId, from);
        }
    }
}
