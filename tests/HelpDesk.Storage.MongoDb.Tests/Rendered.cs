using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Renders what the store sends to the server, as the driver does, so tests can read it.</summary>
internal static class Rendered
{
    private static RenderArgs<BsonDocument> Args => new(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry);

    public static BsonDocument Of(FilterDefinition<BsonDocument> filter) => filter.Render(Args);

    public static BsonDocument Of(SortDefinition<BsonDocument> sort) => sort.Render(Args);

    public static BsonDocument Of(UpdateDefinition<BsonDocument> update) => update.Render(Args).AsBsonDocument;

    /// <summary>Renders an update given as an aggregation pipeline: its stages.</summary>
    public static BsonArray PipelineOf(UpdateDefinition<BsonDocument> update) => update.Render(Args).AsBsonArray;

    public static BsonDocument Of(IndexKeysDefinition<BsonDocument> keys) => keys.Render(Args);

    /// <summary>
    /// Asserts the filter's first condition is the organisation: either its first element, or the first clause of a
    /// top-level <c>$and</c> the driver could not flatten.
    /// </summary>
    public static void AssertScopedTo(string organizationId, BsonDocument filter)
    {
        var first = filter.GetElement(0);
        if (first.Name == "$and")
        {
            AssertScopedTo(organizationId, first.Value.AsBsonArray[0].AsBsonDocument);
            return;
        }

        Assert.Equal("organizationId", first.Name);
        Assert.Equal(new BsonString(organizationId), first.Value);
        Assert.DoesNotContain("$or", filter.Names);
    }
}
