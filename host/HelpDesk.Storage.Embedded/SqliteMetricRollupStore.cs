using System.Globalization;
using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Metric rollups in the <c>metric_rollups</c> table; deltas are merged and the checkpoint moved in one transaction.</summary>
internal sealed class SqliteMetricRollupStore(SqliteDatabase database) : IMetricRollupStore
{
    private const string Columns = "metric, bucket, start, dimension, dimension_value, count, sum, denominator, min, max, histogram";

    public Task<long> GetCheckpointAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.ReadAsync(connection => ReadCheckpointAsync(connection, null, organizationId, cancellationToken), cancellationToken);
    }

    public Task ApplyAsync(string organizationId, IReadOnlyList<MetricRollup> deltas, long fromCheckpoint, long toCheckpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(deltas);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                if (await ReadCheckpointAsync(connection, transaction, organizationId, cancellationToken) != fromCheckpoint)
                {
                    throw new CheckpointMovedException(organizationId, fromCheckpoint);
                }

                foreach (var delta in deltas)
                {
                    var current = await FindAsync(connection, transaction, organizationId, delta, cancellationToken);
                    await UpsertAsync(connection, transaction, organizationId, current is null ? delta : current.Add(delta), cancellationToken);
                }

                await using var checkpoint = connection.Command(
                    """
                    INSERT INTO metric_checkpoints (organization_id, sequence) VALUES (@organization_id, @sequence)
                    ON CONFLICT (organization_id) DO UPDATE SET sequence = excluded.sequence;
                    """,
                    transaction)
                    .With("@organization_id", organizationId)
                    .With("@sequence", toCheckpoint);
                return await checkpoint.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<MetricRollup>> ReadAsync(string organizationId, MetricRollupQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(query);
        return database.ReadAsync<IReadOnlyList<MetricRollup>>(
            async connection =>
            {
                await using var command = connection.Command("");
                var metrics = command.WithList("@metric", query.Metrics);
                command.CommandText = $"""
                    SELECT {Columns} FROM metric_rollups
                    WHERE organization_id = @organization_id AND metric IN ({(metrics.Length == 0 ? "NULL" : metrics)})
                      AND bucket = @bucket AND dimension = @dimension AND start >= @from AND start < @to
                    ORDER BY metric, start, dimension_value;
                    """;
                command.With("@organization_id", organizationId)
                    .With("@bucket", query.Bucket.ToString())
                    .With("@dimension", query.Dimension)
                    .With("@from", UtcText.From(query.From))
                    .With("@to", UtcText.From(query.To));
                return await ReadRollupsAsync(command, cancellationToken);
            },
            cancellationToken);
    }

    public Task ResetAsync(string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    """
                    DELETE FROM metric_rollups WHERE organization_id = @organization_id;
                    DELETE FROM metric_checkpoints WHERE organization_id = @organization_id;
                    """,
                    transaction).With("@organization_id", organizationId);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    private static async Task<long> ReadCheckpointAsync(SqliteConnection connection, SqliteTransaction? transaction, string organizationId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT sequence FROM metric_checkpoints WHERE organization_id = @organization_id;", transaction)
            .With("@organization_id", organizationId);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task<MetricRollup?> FindAsync(
        SqliteConnection connection, SqliteTransaction transaction, string organizationId, MetricRollup key, CancellationToken cancellationToken)
    {
        await using var command = Bind(
            connection.Command(
                $"""
                SELECT {Columns} FROM metric_rollups
                WHERE organization_id = @organization_id AND metric = @metric AND bucket = @bucket AND dimension = @dimension
                  AND start = @start AND dimension_value = @dimension_value;
                """,
                transaction),
            organizationId,
            key);
        var rows = await ReadRollupsAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task UpsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string organizationId, MetricRollup rollup, CancellationToken cancellationToken)
    {
        await using var command = Bind(
            connection.Command(
                $"""
                INSERT OR REPLACE INTO metric_rollups (organization_id, {Columns})
                VALUES (@organization_id, @metric, @bucket, @start, @dimension, @dimension_value, @count, @sum, @denominator, @min, @max, @histogram);
                """,
                transaction),
            organizationId,
            rollup)
            .With("@count", rollup.Count)
            .With("@sum", rollup.Sum)
            .With("@denominator", rollup.Denominator)
            .With("@min", rollup.Min)
            .With("@max", rollup.Max)
            .With("@histogram", StoreJson.Serialize(rollup.Histogram));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Bind(SqliteCommand command, string organizationId, MetricRollup key) => command
        .With("@organization_id", organizationId)
        .With("@metric", key.Metric)
        .With("@bucket", key.Bucket.ToString())
        .With("@start", UtcText.From(key.Start))
        .With("@dimension", key.Dimension)
        .With("@dimension_value", key.DimensionValue);

    private static async Task<IReadOnlyList<MetricRollup>> ReadRollupsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rollups = new List<MetricRollup>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rollups.Add(new MetricRollup
            {
                Metric = reader.GetString(0),
                Bucket = Enum.Parse<MetricBucket>(reader.GetString(1)),
                Start = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Dimension = reader.GetString(3),
                DimensionValue = reader.GetString(4),
                Count = reader.GetInt64(5),
                Sum = reader.GetDouble(6),
                Denominator = reader.GetDouble(7),
                Min = reader.GetDouble(8),
                Max = reader.GetDouble(9),
                Histogram = StoreJson.Deserialize<Dictionary<int, long>>(reader.GetString(10)),
            });
        }

        return rollups;
    }
}
