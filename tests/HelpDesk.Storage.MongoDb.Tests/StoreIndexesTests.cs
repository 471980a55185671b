using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>The indexes the initializer creates: each starts with the organisation and serves a query the store makes.</summary>
public sealed class StoreIndexesTests
{
    private static IEnumerable<(string Collection, CreateIndexModel<BsonDocument> Index)> All =>
        StoreIndexes.ByCollection.SelectMany(c => c.Value.Select(i => (c.Key, i)));

    [Fact]
    public void Every_index_starts_with_the_organisation_and_has_a_fixed_unique_name()
    {
        // Only the scheduler's queue of due jobs spans organisations (it is the host's own work, never an API read).
        var scoped = All.Where(entry => entry.Index.Options.Name != StoreIndexes.ScheduledJobsDue).ToList();
        Assert.Equal(All.Count() - 1, scoped.Count);
        Assert.All(scoped, entry => Assert.Equal("organizationId", Rendered.Of(entry.Index.Keys).GetElement(0).Name));
        Assert.All(All, entry => Assert.False(string.IsNullOrEmpty(entry.Index.Options.Name)));
        Assert.Equal(All.Count(), All.Select(entry => entry.Index.Options.Name).Distinct().Count());
    }

    [Fact]
    public void Every_collection_has_indexes_so_the_initializer_creates_it()
    {
        string[] collections =
        [
            CollectionNames.Tickets, CollectionNames.Events, CollectionNames.Counters, CollectionNames.Organizations, CollectionNames.DeskConfigurations,
            CollectionNames.PluginData, CollectionNames.Contacts, CollectionNames.Assets, CollectionNames.Notes, CollectionNames.ApiKeys,
            CollectionNames.MetricRollups, CollectionNames.MetricCheckpoints, CollectionNames.SurveyInvitations, CollectionNames.SurveyResponses, CollectionNames.ScheduledJobs,
            CollectionNames.Interactions, CollectionNames.Promises, CollectionNames.TransferRequests, CollectionNames.Messages,
            CollectionNames.AuditLog,
        ];

        Assert.Equal(collections.Order(), StoreIndexes.ByCollection.Keys.Order());
    }

    [Theory]
    [InlineData("auditLog", "ix_audit_log_id", "{ organizationId: 1, id: 1 }", false)]
    [InlineData("auditLog", "ix_audit_log_action", "{ organizationId: 1, action: 1, id: 1 }", false)]
    [InlineData("tickets", "ux_tickets_number", "{ organizationId: 1, number: 1 }", true)]
    [InlineData("tickets", "ux_tickets_idempotency_key", "{ organizationId: 1, idempotencyKey: 1 }", true)]
    [InlineData("tickets", "ix_tickets_status", "{ organizationId: 1, status: 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_priority", "{ organizationId: 1, priority: 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_assignee", "{ organizationId: 1, assigneeId: 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_contact", "{ organizationId: 1, contactId: 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_asset", "{ organizationId: 1, assetId: 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_tags", "{ organizationId: 1, tagKeys: 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_updated", "{ organizationId: 1, 'updatedAt.utc': 1 }", false)]
    [InlineData("tickets", "ix_tickets_updated_order", "{ organizationId: 1, 'updatedAt.utcTicks': 1, number: 1 }", false)]
    [InlineData("tickets", "ix_tickets_priority_order", "{ organizationId: 1, priorityKey: 1 }", false)]
    [InlineData("events", "ux_events_sequence", "{ organizationId: 1, sequence: 1 }", true)]
    [InlineData("events", "ix_events_ticket", "{ organizationId: 1, ticketId: 1, sequence: 1 }", false)]
    [InlineData("events", "ix_events_occurred", "{ organizationId: 1, 'occurredAt.utc': 1 }", false)]
    [InlineData("counters", "ux_counters_name", "{ organizationId: 1, name: 1 }", true)]
    [InlineData("metricRollups", "ux_metric_rollups_key", "{ organizationId: 1, metric: 1, bucket: 1, dimension: 1, start: 1, dimensionValue: 1 }", true)]
    [InlineData("metricCheckpoints", "ux_metric_checkpoints_organization", "{ organizationId: 1 }", true)]
    [InlineData("organizations", "ux_organizations_organization", "{ organizationId: 1 }", true)]
    [InlineData("deskConfigurations", "ux_desk_configurations_organization", "{ organizationId: 1 }", true)]
    [InlineData("pluginData", "ux_plugin_data_key", "{ organizationId: 1, pluginId: 1, key: 1 }", true)]
    [InlineData("contacts", "ix_contacts_id", "{ organizationId: 1, id: 1 }", false)]
    [InlineData("assets", "ux_assets_serial_number", "{ organizationId: 1, serialNumber: 1 }", true)]
    [InlineData("assets", "ix_assets_id", "{ organizationId: 1, id: 1 }", false)]
    [InlineData("assets", "ix_assets_contact", "{ organizationId: 1, contactId: 1, id: 1 }", false)]
    [InlineData("notes", "ix_notes_ticket", "{ organizationId: 1, ticketId: 1, 'createdAt.utcTicks': 1, id: 1 }", false)]
    [InlineData("apiKeys", "ix_api_keys_created", "{ organizationId: 1, 'createdAt.utcTicks': 1, id: 1 }", false)]
    public void The_index_exists_with_its_keys_and_uniqueness(string collection, string name, string keys, bool unique)
    {
        var index = Assert.Single(StoreIndexes.ByCollection[collection], i => i.Options.Name == name);

        Assert.Equal(BsonDocument.Parse(keys), Rendered.Of(index.Keys));
        Assert.Equal(unique, index.Options.Unique ?? false);
    }

    [Fact]
    public void Only_tickets_created_with_an_idempotency_key_take_part_in_its_unique_index()
    {
        var index = StoreIndexes.ByCollection[CollectionNames.Tickets].Single(i => i.Options.Name == StoreIndexes.TicketIdempotencyKey);
        var options = Assert.IsType<CreateIndexOptions<BsonDocument>>(index.Options);

        Assert.Equal(BsonDocument.Parse("{ idempotencyKey: { $exists: true } }"), Rendered.Of(options.PartialFilterExpression));
    }
}
