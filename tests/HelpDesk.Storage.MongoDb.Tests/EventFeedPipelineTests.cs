using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

public sealed class EventFeedPipelineTests
{
    [Fact]
    public void The_change_stream_matches_only_new_events_of_the_subscribers_organisation()
    {
        var serializer = new ChangeStreamDocumentSerializer<BsonDocument>(BsonSerializer.LookupSerializer<BsonDocument>());

        var stages = EventFeedPipeline.For("org-a").Render(new RenderArgs<ChangeStreamDocument<BsonDocument>>(serializer, BsonSerializer.SerializerRegistry)).Documents;

        var match = Assert.Single(stages)["$match"].AsBsonDocument;
        Assert.Equal(new BsonDocument { ["fullDocument.organizationId"] = "org-a", ["operationType"] = "insert" }, match);
    }
}
