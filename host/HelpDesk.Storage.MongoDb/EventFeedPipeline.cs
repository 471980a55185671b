using MongoDB.Bson;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>The change stream pipeline of one organisation's event feed: new events of that organisation only.</summary>
internal static class EventFeedPipeline
{
    public static PipelineDefinition<ChangeStreamDocument<BsonDocument>, ChangeStreamDocument<BsonDocument>> For(string organizationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        var change = Builders<ChangeStreamDocument<BsonDocument>>.Filter;

        // The organisation filter comes first, as in every query the store sends; events are only ever inserted.
        var filter = change.Eq("fullDocument." + Fields.OrganizationId, organizationId)
            & change.Eq(c => c.OperationType, ChangeStreamOperationType.Insert);
        return new EmptyPipelineDefinition<ChangeStreamDocument<BsonDocument>>().Match(filter);
    }
}
