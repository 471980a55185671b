using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Start-up refuses a server that cannot run the transactions ticket writes need, saying how to get one that can.</summary>
public sealed class ReplicaSetRequirementTests
{
    [Fact]
    public void A_standalone_server_is_refused_with_how_to_start_a_replica_set()
    {
        var hello = BsonDocument.Parse("{ isWritablePrimary: true, maxWireVersion: 25, ok: 1 }");

        var refused = Assert.Throws<InvalidOperationException>(() => ReplicaSetRequirement.Verify(hello));

        Assert.Contains("replica set", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--replSet rs0", refused.Message, StringComparison.Ordinal);
        Assert.Contains("rs.initiate()", refused.Message, StringComparison.Ordinal);
        Assert.Contains("HelpDesk:Storage:MongoDb:ConnectionString", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replica_set_that_was_never_initiated_is_refused_saying_so()
    {
        var hello = BsonDocument.Parse("{ isWritablePrimary: false, secondary: false, isreplicaset: true, info: 'Does not have a valid replica set config', ok: 1 }");

        var refused = Assert.Throws<InvalidOperationException>(() => ReplicaSetRequirement.Verify(hello));

        Assert.Contains("rs.initiate()", refused.Message, StringComparison.Ordinal);
        Assert.Contains("never initiated", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ isWritablePrimary: true, setName: 'rs0', hosts: ['localhost:27017'], ok: 1 }")]
    [InlineData("{ isWritablePrimary: true, msg: 'isdbgrid', ok: 1 }")]
    public void A_replica_set_member_or_a_shard_router_is_accepted(string reply)
    {
        ReplicaSetRequirement.Verify(BsonDocument.Parse(reply));
    }
}
