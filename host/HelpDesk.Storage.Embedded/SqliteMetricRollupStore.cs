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

                // One prepared statement each for the look-up and the write, rebound per delta: a batch holds thousands of
                // deltas, and preparing the SQL again for every one of them was most of the projection's time.
                await using var find = KeyCommand(connection, transaction, organizationId, $"SELECT {Columns} FROM metric_rollups WHERE {KeyFilter};");
                await using var upsert = ValueCommand(KeyCommand(connection, transaction, organizationId, UpsertSql));
                foreach (var delta in deltas)
                {
                    BindKey(find, delta);
                    var rows = await ReadRollupsAsync(find, cancellationToken);
                    var merged = rows.Count == 0 ? delta : rows[0].Add(delta);
                    BindKey(upsert, merged);
                    BindValues(upsert, merged);
                    await upsert.ExecuteNonQueryAsync(cancellationToken);
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

    private const string KeyFilter =
        "organization_id = @organization_id AND metric = @metric AND bucket = @bucket AND dimension = @dimension AND start = @start AND dimension_value = @dimension_value";

    private const string UpsertSql = $"""
        INSERT OR REPLACE INTO metric_rollups (organization_id, {Columns})
        VALUES (@organization_id, @metric, @bucket, @start, @dimension, @dimension_value, @count, @sum, @denominator, @min, @max, @histogram);
        """;

    private static readonly string[] KeyParameters = ["@metric", "@bucket", "@start", "@dimension", "@dimension_value"];
    private static readonly string[] ValueParameters = ["@count", "@sum", "@denominator", "@min", "@max", "@histogram"];

    private static SqliteCommand KeyCommand(SqliteConnection connection, SqliteTransaction transaction, string organizationId, string sql)
    {
        var command = connection.Command(sql, transaction).With("@organization_id", organizationId);
        foreach (var name in KeyParameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        return command;
    }

    private static SqliteCommand ValueCommand(SqliteCommand command)
    {
        foreach (var name in ValueParameters)
        {
            command.Parameters.Add(name, name == "@histogram" ? SqliteType.Text : name == "@count" ? SqliteType.Integer : SqliteType.Real);
        }

        return command;
    }

    private static void BindKey(SqliteCommand command, MetricRollup key)
    {
        command.Parameters["@metric"].Value = key.Metric;
        command.Parameters["@bucket"].Value = key.Bucket.ToString();
        command.Parameters["@start"].Value = UtcText.From(key.Start);
        command.Parameters["@dimension"].Value = key.Dimension;
        command.Parameters["@dimension_value"].Value = key.DimensionValue;
    }

    private static void BindValues(SqliteCommand command, MetricRollup rollup)
    {
        command.Parameters["@count"].Value = rollup.Count;
        command.Parameters["@sum"].Value = rollup.Sum;
        command.Parameters["@denominator"].Value = rollup.Denominator;
        command.Parameters["@min"].Value = rollup.Min;
        command.Parameters["@max"].Value = rollup.Max;
        command.Parameters["@histogram"].Value = StoreJson.Serialize(rollup.Histogram);
    }

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
