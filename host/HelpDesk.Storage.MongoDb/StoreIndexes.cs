using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Every index of the store, by collection. Each starts with <c>organizationId</c>, as every query filters by it (and a
/// sharded cluster would shard on it). Names are fixed: duplicate-key errors name the index that refused a write.
/// </summary>
internal static class StoreIndexes
{
    public const string TicketNumber = "ux_tickets_number";
    public const string TicketIdempotencyKey = "ux_tickets_idempotency_key";
    public const string EventSequence = "ux_events_sequence";
    public const string AssetSerialNumber = "ux_assets_serial_number";

    /// <summary>The scheduler's index of due jobs across organisations.</summary>
    public const string ScheduledJobsDue = "ix_scheduled_jobs_due";

    /// <summary>The unique index of a rollup's key; its first fields serve reads of a metric's buckets in a window.</summary>
    public const string MetricRollupKey = "ux_metric_rollups_key";

    /// <summary>The name MongoDB gives the index on <c>_id</c>, which every collection has.</summary>
    public const string PrimaryKey = "_id_";

    private static IndexKeysDefinitionBuilder<BsonDocument> Keys => Builders<BsonDocument>.IndexKeys;

    public static IReadOnlyDictionary<string, IReadOnlyList<CreateIndexModel<BsonDocument>>> ByCollection { get; } =
        new Dictionary<string, IReadOnlyList<CreateIndexModel<BsonDocument>>>
        {
            [CollectionNames.Tickets] =
            [
                Unique(TicketNumber, Fields.Number),
                new(
                    Scoped(Fields.IdempotencyKey),
                    new CreateIndexOptions<BsonDocument>
                    {
                        Name = TicketIdempotencyKey,
                        Unique = true,

                        // Only tickets created with a key take part, so any number of tickets without one never clash.
                        PartialFilterExpression = Builders<BsonDocument>.Filter.Exists(Fields.IdempotencyKey),
                    }),
                Index("ix_tickets_status", Fields.Status, Fields.Number),
                Index("ix_tickets_priority", Fields.Priority, Fields.Number),
                Index("ix_tickets_assignee", Fields.AssigneeId, Fields.Number),
                Index("ix_tickets_contact", Fields.ContactId, Fields.Number),
                Index("ix_tickets_asset", Fields.AssetId, Fields.Number),
                Index("ix_tickets_tags", Fields.TagKeys, Fields.Number),
                Index("ix_tickets_updated", Fields.Utc(Fields.UpdatedAt)),

                // Lists ordered by update time or priority (TicketListOrder): a page after a position is one range.
                Index("ix_tickets_updated_order", Fields.UtcTicks(Fields.UpdatedAt), Fields.Number),
                Index("ix_tickets_priority_order", TicketDocuments.PriorityKey),
            ],
            [CollectionNames.Events] =
            [
                Unique(EventSequence, Fields.Sequence),
                Index("ix_events_ticket", Fields.TicketId, Fields.Sequence),
                Index("ix_events_occurred", Fields.Utc(Fields.OccurredAt)),
            ],
            [CollectionNames.Counters] = [Unique("ux_counters_name", Fields.Name)],
            [CollectionNames.Organizations] = [Unique("ux_organizations_organization")],
            [CollectionNames.DeskConfigurations] = [Unique("ux_desk_configurations_organization")],
            [CollectionNames.PluginData] = [Unique("ux_plugin_data_key", Fields.PluginId, Fields.Key)],
            [CollectionNames.Contacts] = [Index("ix_contacts_id", Fields.EntityId)],
            [CollectionNames.Assets] =
            [
                Unique(AssetSerialNumber, Fields.SerialNumber),
                Index("ix_assets_id", Fields.EntityId),
                Index("ix_assets_contact", Fields.ContactId, Fields.EntityId),
            ],
            [CollectionNames.MetricRollups] =
            [
                Unique(MetricRollupKey, MetricFields.Metric, MetricFields.Bucket, MetricFields.Dimension, MetricFields.Start, MetricFields.DimensionValue),
            ],
            [CollectionNames.MetricCheckpoints] = [Unique("ux_metric_checkpoints_organization")],
            [CollectionNames.SurveyInvitations] = [Index("ix_survey_invitations_ticket", Fields.TicketId, Fields.UtcTicks(Fields.CreatedAt), Fields.EntityId)],
            [CollectionNames.SurveyResponses] = [Index("ix_survey_responses_ticket", Fields.TicketId)],

            // The scheduler claims due jobs of every organisation at once: its own work queue, the one index not led by the organisation.
            [CollectionNames.ScheduledJobs] = [new(Keys.Ascending(Fields.UtcTicks(ScheduleFilters.DueAt)), new CreateIndexOptions { Name = ScheduledJobsDue })],

            // A ticket's interactions, oldest first; the hold queue, first put on hold first (only held callers have onHoldSince).
            [CollectionNames.Interactions] =
            [
                Index("ix_interactions_ticket", Fields.TicketId, Fields.UtcTicks(InteractionFilters.StartedAt), Fields.EntityId),
                new(
                    Scoped(Fields.UtcTicks(InteractionDocuments.OnHoldSince), Fields.EntityId),
                    new CreateIndexOptions<BsonDocument>
                    {
                        Name = "ix_interactions_on_hold",
                        PartialFilterExpression = Builders<BsonDocument>.Filter.Exists(InteractionDocuments.OnHoldSince),
                    }),
            ],
            // A ticket's promises, earliest due first; the overdue list, oldest due first (only pending promises have pendingDueAt).
            [CollectionNames.Promises] =
            [
                Index("ix_promises_ticket", Fields.TicketId, Fields.UtcTicks(PromiseClassMaps.DueAt), Fields.EntityId),
                new(
                    Scoped(Fields.UtcTicks(PromiseDocuments.PendingDueAt), Fields.EntityId),
                    new CreateIndexOptions<BsonDocument>
                    {
                        Name = "ix_promises_pending",
                        PartialFilterExpression = Builders<BsonDocument>.Filter.Exists(PromiseDocuments.PendingDueAt),
                    }),
            ],
            // Requests to a team by status, oldest first; a ticket's requests (is one pending?).
            [CollectionNames.TransferRequests] =
            [
                Index("ix_transfer_requests_to", HandoffDocuments.ToKey, Fields.Status, Fields.UtcTicks(TransferClassMaps.RequestedAt), Fields.EntityId),
                Index("ix_transfer_requests_ticket", Fields.TicketId, Fields.Status, Fields.UtcTicks(TransferClassMaps.RequestedAt), Fields.EntityId),
            ],
            // An addressee's messages by status, oldest call first.
            [CollectionNames.Messages] = [Index("ix_messages_for", HandoffDocuments.ForKey, Fields.Status, Fields.UtcTicks(MessageClassMaps.CalledAt), Fields.EntityId)],
            [CollectionNames.Notes] = [Index("ix_notes_ticket", Fields.TicketId, Fields.UtcTicks(Fields.CreatedAt), Fields.EntityId)],

            // Looked up by _id (the key id) alone; this index serves the organisation's list, oldest first.
            [CollectionNames.ApiKeys] = [Index("ix_api_keys_created", Fields.UtcTicks(Fields.CreatedAt), Fields.EntityId)],

            // Newest first by the time-ordered id, all actions or one: either is one range.
            [CollectionNames.AuditLog] =
            [
                Index("ix_audit_log_id", Fields.EntityId),
                Index("ix_audit_log_action", AuditClassMaps.Action, Fields.EntityId),
            ],
        };

    private static CreateIndexModel<BsonDocument> Unique(string name, params string[] fields) =>
        new(Scoped(fields), new CreateIndexOptions { Name = name, Unique = true });

    private static CreateIndexModel<BsonDocument> Index(string name, params string[] fields) =>
        new(Scoped(fields), new CreateIndexOptions { Name = name });

    private static IndexKeysDefinition<BsonDocument> Scoped(params string[] fields) =>
        Keys.Combine([Keys.Ascending(Fields.OrganizationId), .. fields.Select(field => Keys.Ascending(field))]);
}
