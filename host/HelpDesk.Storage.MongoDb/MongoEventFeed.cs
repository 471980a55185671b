using System.Runtime.CompilerServices;
using HelpDesk.Engine.Storage;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Streams an organisation's new events from a change stream on the events collection, so a subscriber
/// connected to one host instance sees events written through any other. Events are inserted inside
/// transactions, and a change stream reports them only once the transaction commits.
/// </summary>
internal sealed class MongoEventFeed(MongoStoreDatabase database) : IEventFeed
{
    public async IAsyncEnumerable<StoredEvent> SubscribeAsync(string organizationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new ChangeStreamOptions { FullDocument = ChangeStreamFullDocumentOption.Default };
        using var cursor = await database.Events.WatchAsync(EventFeedPipeline.For(organizationId), options, cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var change in cursor.Current)
            {
                yield return EventDocuments.FromDocument(change.FullDocument);
            }
        }
    }
}
