using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Ticket writes commit with their events in one transaction, and MongoDB runs transactions only on a replica set
/// or a sharded cluster. This reads the server's <c>hello</c> reply and refuses a standalone server at start-up,
/// instead of failing on the first ticket.
/// </summary>
internal static class ReplicaSetRequirement
{
    public static BsonDocument HelloCommand { get; } = new("hello", 1);

    /// <exception cref="InvalidOperationException">The server is a standalone server.</exception>
    public static void Verify(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        var isReplicaSetMember = hello.Contains("setName");
        var isShardRouter = hello.TryGetValue("msg", out var message) && message == "isdbgrid";
        if (!isReplicaSetMember && !isShardRouter && hello.TryGetValue("isreplicaset", out var uninitiated) && uninitiated.ToBoolean())
        {
            throw new InvalidOperationException(
                "The MongoDB server was started with --replSet but its replica set was never initiated; run " +
                "mongosh --eval 'rs.initiate()' against it once, then start the help desk again.");
        }

        if (!isReplicaSetMember && !isShardRouter)
        {
            throw new InvalidOperationException(
                "The MongoDB store needs a replica set (or a sharded cluster): ticket writes and their events are committed " +
                "in one transaction, which a standalone server cannot run. A single-node replica set is enough: start mongod " +
                "with --replSet rs0 and run rs.initiate() once, for example docker run -d -p 27017:27017 mongo:8 --replSet rs0 " +
                "then docker exec <container> mongosh --eval 'rs.initiate()', and connect with " +
                $"{MongoStoreOptions.Section}:ConnectionString=mongodb://localhost:27017/?directConnection=true.");
        }
    }
}
