using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// The database behind every MongoDB port: its collections with the store's concerns, and the transaction that ticket
/// writes (with their notes) and event appends run in.
/// </summary>
internal sealed class MongoStoreDatabase
{
    private readonly IMongoClient client;

    public MongoStoreDatabase(IMongoClient client, IOptions<MongoStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);

        // Before any document is written or read, so the store's maps are the ones the driver uses.
        StoreBsonMapping.EnsureRegistered();
        this.client = client;

        // Set on the database as well as the client: a client the host registered itself keeps the store durable too.
        Database = client.GetDatabase(options.Value.Database, new MongoDatabaseSettings
        {
            WriteConcern = StoreConcerns.Writes,
            ReadConcern = StoreConcerns.Reads,
            ReadPreference = ReadPreference.Primary,
        });
        Tickets = Collection(CollectionNames.Tickets);
        Events = Collection(CollectionNames.Events);
        Counters = Collection(CollectionNames.Counters);
        Organizations = Collection(CollectionNames.Organizations);
        DeskConfigurations = Collection(CollectionNames.DeskConfigurations);
        PluginData = Collection(CollectionNames.PluginData);
        Contacts = Collection(CollectionNames.Contacts);
        Assets = Collection(CollectionNames.Assets);
        Notes = Collection(CollectionNames.Notes);
        ApiKeys = Collection(CollectionNames.ApiKeys);
        MetricRollups = Collection(CollectionNames.MetricRollups);
        MetricCheckpoints = Collection(CollectionNames.MetricCheckpoints);
        SurveyInvitations = Collection(CollectionNames.SurveyInvitations);
        SurveyResponses = Collection(CollectionNames.SurveyResponses);
        ScheduledJobs = Collection(CollectionNames.ScheduledJobs);
        Interactions = Collection(CollectionNames.Interactions);
        Promises = Collection(CollectionNames.Promises);
        TransferRequests = Collection(CollectionNames.TransferRequests);
        Messages = Collection(CollectionNames.Messages);
        AuditLog = Collection(CollectionNames.AuditLog);
    }

    public IMongoDatabase Database { get; }

    public IMongoCollection<BsonDocument> Tickets { get; }

    public IMongoCollection<BsonDocument> Events { get; }

    public IMongoCollection<BsonDocument> Counters { get; }

    public IMongoCollection<BsonDocument> Organizations { get; }

    public IMongoCollection<BsonDocument> DeskConfigurations { get; }

    public IMongoCollection<BsonDocument> PluginData { get; }

    public IMongoCollection<BsonDocument> Contacts { get; }

    public IMongoCollection<BsonDocument> Assets { get; }

    public IMongoCollection<BsonDocument> Notes { get; }

    public IMongoCollection<BsonDocument> ApiKeys { get; }

    /// <summary>Gets the metric rollups.</summary>
    public IMongoCollection<BsonDocument> MetricRollups { get; }

    /// <summary>Gets the metric checkpoints.</summary>
    public IMongoCollection<BsonDocument> MetricCheckpoints { get; }

    /// <summary>Gets the survey invitations.</summary>
    public IMongoCollection<BsonDocument> SurveyInvitations { get; }

    /// <summary>Gets the survey responses.</summary>
    public IMongoCollection<BsonDocument> SurveyResponses { get; }

    /// <summary>Gets the scheduled jobs.</summary>
    public IMongoCollection<BsonDocument> ScheduledJobs { get; }

    /// <summary>Gets the interactions.</summary>
    public IMongoCollection<BsonDocument> Interactions { get; }

    /// <summary>Gets the promises.</summary>
    public IMongoCollection<BsonDocument> Promises { get; }

    /// <summary>Gets the warm transfer requests.</summary>
    public IMongoCollection<BsonDocument> TransferRequests { get; }

    /// <summary>Gets the messages taken for callers.</summary>
    public IMongoCollection<BsonDocument> Messages { get; }

    /// <summary>Gets the audit log.</summary>
    public IMongoCollection<BsonDocument> AuditLog { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it. The driver runs it again on a transient error (a write
    /// conflict with a concurrent transaction, a failover), so it must build everything it writes inside the callback.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var session = await client.StartSessionAsync(cancellationToken: cancellationToken);
        return await session.WithTransactionAsync(work, StoreConcerns.Transactions, cancellationToken);
    }

    private IMongoCollection<BsonDocument> Collection(string name) => Database.GetCollection<BsonDocument>(name);
}
