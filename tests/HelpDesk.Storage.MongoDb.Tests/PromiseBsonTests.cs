using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>A promise as stored: status by name, instants pinned, the due time lifted out while it is pending.</summary>
public sealed class PromiseBsonTests
{
    private static readonly DateTimeOffset DueAt = Samples.Now.AddTicks(8_765);

    [Fact]
    public void A_pending_promise_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var promise = PromiseSamples.Open("org-a", "p-1", "t-1", DueAt);

        var document = Bson.OverTheWire(PromiseDocuments.ToDocument(promise));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "p-1" } } },
                { "id", "p-1" },
                { "organizationId", "org-a" },
                { "ticketId", "t-1" },
                { "interactionId", "i-1" },
                { "text", "I will call you back “today” with the repair status." },
                { "dueAt", Bson.Instant(DueAt) },
                { "madeBy", "mila" },
                { "madeAt", Bson.Instant(promise.MadeAt) },
                { "status", "Open" },
                { "remindedAt", Bson.Instant(promise.RemindedAt!.Value) },
                { "overdueAt", BsonNull.Value },
                { "settledAt", BsonNull.Value },
                { "settledBy", BsonNull.Value },
                { "brokenReason", BsonNull.Value },
                { "version", 1 },
                { "pendingDueAt", Bson.Instant(DueAt) },
            },
            document);
        Assert.Equal(Samples.Json(promise), Samples.Json(StoreBsonMapping.FromDocument<Promise>(document)));
    }

    [Fact]
    public void A_kept_promise_is_not_in_the_overdue_index_and_reads_back_exactly()
    {
        var kept = PromiseSamples.KeptLate(PromiseSamples.Open("org-a", "p-1", "t-1", DueAt), DueAt.AddMinutes(20));

        var document = Bson.OverTheWire(PromiseDocuments.ToDocument(kept));

        Assert.False(document.Contains(PromiseDocuments.PendingDueAt));
        Assert.Equal("Kept", document["status"].AsString);
        Assert.Equal(Samples.Json(kept), Samples.Json(StoreBsonMapping.FromDocument<Promise>(document)));
    }
}
