using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Scheduled jobs in MongoDB. A claim is one atomic find-and-update per job, so two host instances never claim the same
/// job; completing compares the revision, so a job re-armed while it ran stays.
/// </summary>
internal sealed class MongoScheduleStore(MongoStoreDatabase database) : IScheduleStore
{
    public Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Upserts.RetryOnceOnDuplicateKeyAsync(() => database.ScheduledJobs.ReplaceOneAsync(
            ScheduleFilters.ById(job.OrganizationId, job.Id), ScheduleFilters.ToDocument(job), new ReplaceOptions { IsUpsert = true }, cancellationToken));
    }

    public async Task<bool> CancelAsync(string organizationId, string id, CancellationToken cancellationToken)
    {
        var result = await database.ScheduledJobs.DeleteOneAsync(ScheduleFilters.ById(organizationId, id), cancellationToken);
        return result.DeletedCount > 0;
    }

    public async Task<ScheduledJob?> FindAsync(string organizationId, string id, CancellationToken cancellationToken)
    {
        var document = await database.ScheduledJobs.Find(ScheduleFilters.ById(organizationId, id)).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : ScheduleFilters.FromDocument(document);
    }

    public async Task<IReadOnlyList<ScheduledJob>> ClaimDueAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var claimed = new List<ScheduledJob>();
        var options = new FindOneAndUpdateOptions<BsonDocument> { Sort = ScheduleFilters.EarliestDue, ReturnDocument = ReturnDocument.After };
        while (claimed.Count < limit)
        {
            var document = await database.ScheduledJobs.FindOneAndUpdateAsync(
                ScheduleFilters.DueInAnyOrganization(now.UtcTicks), ScheduleFilters.Lease(owner, leaseUntil), options, cancellationToken);
            if (document is null)
            {
                break;
            }

            claimed.Add(ScheduleFilters.FromDocument(document));
        }

        return claimed;
    }

    public async Task<bool> CompleteAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var result = await database.ScheduledJobs.DeleteOneAsync(ScheduleFilters.AtRevision(job.OrganizationId, job.Id, job.Revision), cancellationToken);
        return result.DeletedCount > 0;
    }
}
