using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Transfer requests and messages as stored: status and urgency by name, instants pinned, the addressee's key lifted out.</summary>
public sealed class HandoffBsonTests
{
    private static readonly DateTimeOffset At = Samples.Now.AddTicks(4_321);

    [Fact]
    public void A_transfer_request_is_stored_with_the_receiving_sides_key_and_reads_back_exactly()
    {
        var request = HandoffSamples.Declined(HandoffSamples.Request("org-a", "r-1", "t-1", " Network Team", At));

        var document = Bson.OverTheWire(HandoffDocuments.TransferRequest(request));

        Assert.Equal(new BsonDocument { { "o", "org-a" }, { "i", "r-1" } }, document["_id"]);
        Assert.Equal(("network team", "Declined", 2), (document["toKey"].AsString, document["status"].AsString, document["version"].AsInt32));
        Assert.Equal(Bson.Instant(At), document["requestedAt"]);
        Assert.Equal(new BsonArray { "This ticket was already transferred once." }, document["warnings"]);
        Assert.Equal(Samples.Json(request), Samples.Json(StoreBsonMapping.FromDocument<TransferRequest>(document)));
    }

    [Fact]
    public void A_message_is_stored_with_the_addressees_key_and_reads_back_exactly()
    {
        var message = HandoffSamples.CalledBackLate(HandoffSamples.Message("org-a", "m-1", "Anna de Vries", At));

        var document = Bson.OverTheWire(HandoffDocuments.Message(message));

        Assert.Equal(("anna de vries", "CalledBack", "Urgent"), (document["forKey"].AsString, document["status"].AsString, document["urgency"].AsString));
        Assert.Equal(Bson.Instant(At), document["calledAt"]);
        Assert.Equal(Samples.Json(message), Samples.Json(StoreBsonMapping.FromDocument<CallerMessage>(document)));
    }
}
