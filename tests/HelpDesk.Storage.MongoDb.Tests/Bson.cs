using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Puts a document through its binary form, as the server would store and return it.</summary>
internal static class Bson
{
    public static BsonDocument OverTheWire(BsonDocument document)
    {
        var bytes = document.ToBson();
        using var reader = new BsonBinaryReader(new MemoryStream(bytes));
        return BsonDocumentSerializer.Instance.Deserialize(BsonDeserializationContext.CreateRoot(reader));
    }

    public static BsonDocument Instant(DateTimeOffset value) => new()
    {
        { "utc", new BsonDateTime(value.UtcDateTime) },
        { "utcTicks", value.UtcTicks },
        { "offsetMinutes", (int)value.Offset.TotalMinutes },
    };
}
