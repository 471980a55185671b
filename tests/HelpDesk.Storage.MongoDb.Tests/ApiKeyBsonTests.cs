using HelpDesk.Engine.Auth;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>An API key as stored: the key id as <c>_id</c>, its pinned form, and an exact round trip.</summary>
public sealed class ApiKeyBsonTests
{
    [Fact]
    public void A_key_is_stored_under_its_own_id_in_the_pinned_form_and_reads_back_exactly()
    {
        var key = ApiKeySamples.Key("org-a", "k-1", Samples.Now) with { Role = ApiKeyRole.Admin };

        var document = Bson.OverTheWire(ApiKeyDocuments.ToDocument(key));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", "k-1" },
                { "id", "k-1" },
                { "organizationId", "org-a" },
                { "name", key.Name },
                { "role", "Admin" },
                { "salt", key.Salt },
                { "hash", key.Hash },
                { "createdAt", Bson.Instant(key.CreatedAt) },
                { "revokedAt", BsonNull.Value },
            },
            document);
        Assert.Equal(Samples.Json(key), Samples.Json(ApiKeyDocuments.FromDocument(document)));
    }

    [Fact]
    public void A_revocation_sets_the_instant_in_the_form_the_class_map_writes()
    {
        var revokedAt = Samples.Now.AddTicks(42).ToOffset(TimeSpan.FromHours(-7));
        var revoked = ApiKeySamples.Key("org-a", "k-1", Samples.Now) with { RevokedAt = revokedAt };

        var update = Rendered.Of(ApiKeyDocuments.Revocation(revokedAt));

        Assert.Equal(new BsonDocument("$set", new BsonDocument("revokedAt", Bson.Instant(revokedAt))), update);
        Assert.Equal(ApiKeyDocuments.ToDocument(revoked)["revokedAt"], update["$set"]["revokedAt"]);
        Assert.Equal(Samples.Json(revoked), Samples.Json(ApiKeyDocuments.FromDocument(Bson.OverTheWire(ApiKeyDocuments.ToDocument(revoked)))));
    }
}
