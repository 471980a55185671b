using System.Globalization;
using HelpDesk.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Scheduled jobs in the <c>scheduled_jobs</c> table; claiming is one UPDATE … RETURNING under the write lock.</summary>
internal sealed class SqliteScheduleStore(SqliteDatabase database) : IScheduleStore
{
    private const string Columns = "organization_id, id, kind, due_at, payload, revision";

    public Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    $"""
                    INSERT INTO scheduled_jobs ({Columns}, lease_owner, lease_until)
                    VALUES (@organization_id, @id, @kind, @due_at, @payload, @revision, NULL, NULL)
                    ON CONFLICT (organization_id, id) DO UPDATE SET
                        kind = excluded.kind, due_at = excluded.due_at, payload = excluded.payload, revision = excluded.revision,
                        lease_owner = NULL, lease_until = NULL;
                    """,
                    transaction)
                    .With("@organization_id", job.OrganizationId)
                    .With("@id", job.Id)
                    .With("@kind", job.Kind)
                    .With("@due_at", UtcText.From(job.DueAt))
                    .With("@payload", job.Payload)
                    .With("@revision", job.Revision);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<bool> CancelAsync(string organizationId, string id, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command("DELETE FROM scheduled_jobs WHERE organization_id = @organization_id AND id = @id;", transaction)
                    .With("@organization_id", organizationId)
                    .With("@id", id);
                return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
            },
            cancellationToken);

    public Task<ScheduledJob?> FindAsync(string organizationId, string id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command($"SELECT {Columns} FROM scheduled_jobs WHERE organization_id = @organization_id AND id = @id;")
                    .With("@organization_id", organizationId)
                    .With("@id", id);
                var jobs = await ReadJobsAsync(command, cancellationToken);
                return jobs.Count == 0 ? null : jobs[0];
            },
            cancellationToken);

    public Task<IReadOnlyList<ScheduledJob>> ClaimDueAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    $"""
                    UPDATE scheduled_jobs SET lease_owner = @owner, lease_until = @lease_until
                    WHERE rowid IN (
                        SELECT rowid FROM scheduled_jobs
                        WHERE due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                        ORDER BY due_at LIMIT @limit)
                    RETURNING {Columns};
                    """,
                    transaction)
                    .With("@owner", owner)
                    .With("@lease_until", UtcText.From(leaseUntil))
                    .With("@now", UtcText.From(now))
                    .With("@limit", limit);
                var jobs = await ReadJobsAsync(command, cancellationToken);
                return (IReadOnlyList<ScheduledJob>)[.. jobs.OrderBy(j => j.DueAt)];
            },
            cancellationToken);
    }

    public Task<bool> CompleteAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.Command(
                    "DELETE FROM scheduled_jobs WHERE organization_id = @organization_id AND id = @id AND revision = @revision;", transaction)
                    .With("@organization_id", job.OrganizationId)
                    .With("@id", job.Id)
                    .With("@revision", job.Revision);
                return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
            },
            cancellationToken);
    }

    private static async Task<List<ScheduledJob>> ReadJobsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<ScheduledJob>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(new ScheduledJob
            {
                OrganizationId = reader.GetString(0),
                Id = reader.GetString(1),
                Kind = reader.GetString(2),
                DueAt = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Payload = reader.GetString(4),
                Revision = reader.GetString(5),
            });
        }

        return jobs;
    }
}
