using HelpDesk.Engine.Audit;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>An audit entry as stored, and the one query the log answers: newest first, optionally of one action.</summary>
public sealed class AuditBsonTests
{
    [Fact]
    public void An_entry_made_by_a_key_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var entry = AuditSamples.ByKey("org-a", "a-1");

        var document = Bson.OverTheWire(MongoAuditLog.ToDocument(entry));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "a-1" } } },
                { "id", "a-1" },
                { "organizationId", "org-a" },
                { "occurredAt", Bson.Instant(entry.OccurredAt) },
                { "actorKeyId", "k-admin" },
                { "actorName", entry.ActorName },
                { "actorRole", "Admin" },
                { "action", "PluginConfigured" },
                { "targetKind", "Plugin" },
                { "targetId", "helpdesk.tagging" },
                { "summary", entry.Summary },
            },
            document);
        Assert.Equal(Samples.Json(entry), Samples.Json(StoreBsonMapping.FromDocument<AuditEntry>(document)));
    }

    [Fact]
    public void An_entry_made_by_the_host_has_no_key_and_no_role_and_reads_back_exactly()
    {
        var entry = AuditSamples.ByHost("org-a", "a-1");

        var document = Bson.OverTheWire(MongoAuditLog.ToDocument(entry));

        Assert.Equal((BsonNull.Value, BsonNull.Value), (document["actorKeyId"], document["actorRole"]));
        Assert.Equal(Samples.Json(entry), Samples.Json(StoreBsonMapping.FromDocument<AuditEntry>(document)));
    }

    [Fact]
    public void A_page_of_one_action_after_an_entry_is_one_range_of_the_action_index()
    {
        Assert.Equal(
            BsonDocument.Parse("{ organizationId: 'org-a', action: 'ApiKeyRevoked', id: { $lt: 'a-7' } }"),
            Rendered.Of(AuditFilters.Page("org-a", AuditAction.ApiKeyRevoked, "a-7")));
        Assert.Equal(BsonDocument.Parse("{ organizationId: 'org-a' }"), Rendered.Of(AuditFilters.Page("org-a", null, null)));
        Assert.Equal(BsonDocument.Parse("{ id: -1 }"), Rendered.Of(AuditFilters.NewestFirst));
    }
}
