using HelpDesk.Engine.Storage;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Filters and updates of scheduled jobs. All but <see cref="DueInAnyOrganization"/> stay within one organisation; that
/// one is the scheduler's claim over its own work queue, which spans organisations and never serves an API caller.
/// </summary>
internal static class ScheduleFilters
{
    public const string Kind = "kind";
    public const string DueAt = "dueAt";
    public const string Payload = "payload";
    public const string Revision = "revision";
    public const string LeaseOwner = "leaseOwner";
    public const string LeaseUntilTicks = "leaseUntilTicks";

    private static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    private static UpdateDefinitionBuilder<BsonDocument> Update => Builders<BsonDocument>.Update;

    public static FilterDefinition<BsonDocument> ById(string organizationId, string id) => KeyFilters.ById(organizationId, id);

    public static FilterDefinition<BsonDocument> AtRevision(string organizationId, string id, string revision) =>
        OrganizationFilter.Where(organizationId, Filter.Eq(Fields.Id, StoredKeys.Of(organizationId, id)), Filter.Eq(Revision, revision));

    public static FilterDefinition<BsonDocument> DueInAnyOrganization(long nowUtcTicks) => Filter.And(
        Filter.Lte(Fields.UtcTicks(DueAt), nowUtcTicks),
        Filter.Or(Filter.Eq(LeaseUntilTicks, BsonNull.Value), Filter.Lte(LeaseUntilTicks, nowUtcTicks)));

    public static UpdateDefinition<BsonDocument> Lease(string owner, DateTimeOffset leaseUntil) =>
        Update.Set(LeaseOwner, owner).Set(LeaseUntilTicks, leaseUntil.UtcTicks);

    public static SortDefinition<BsonDocument> EarliestDue { get; } = Builders<BsonDocument>.Sort.Ascending(Fields.UtcTicks(DueAt));

    public static BsonDocument ToDocument(ScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new BsonDocument
        {
            { Fields.Id, StoredKeys.Of(job.OrganizationId, job.Id) },
            { Fields.OrganizationId, job.OrganizationId },
            { Fields.EntityId, job.Id },
            { Kind, job.Kind },
            { DueAt, job.DueAt.ToBsonDocument(DateTimeOffsetDocumentSerializer.Instance) },
            { Payload, job.Payload },
            { Revision, job.Revision },
            { LeaseOwner, BsonNull.Value },
            { LeaseUntilTicks, BsonNull.Value },
        };
    }

    public static ScheduledJob FromDocument(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ScheduledJob
        {
            OrganizationId = document[Fields.OrganizationId].AsString,
            Id = document[Fields.EntityId].AsString,
            Kind = document[Kind].AsString,
            DueAt = ReadInstant(document[DueAt].AsBsonDocument),
            Payload = document[Payload].AsString,
            Revision = document[Revision].AsString,
        };
    }

    private static DateTimeOffset ReadInstant(BsonDocument instant)
    {
        using var reader = new BsonDocumentReader(instant);
        return DateTimeOffsetDocumentSerializer.Instance.Deserialize(BsonDeserializationContext.CreateRoot(reader));
    }
}
