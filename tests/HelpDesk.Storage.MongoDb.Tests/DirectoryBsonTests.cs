using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Contacts and assets as stored: their pinned form, their search keys, and an exact round trip.</summary>
public sealed class DirectoryBsonTests
{
    [Fact]
    public void A_full_contact_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var contact = DirectorySamples.FullContact("org-a", "c-1") with { Version = 4 };

        var document = Bson.OverTheWire(DirectoryDocuments.Contact(contact));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "c-1" } } },
                { "id", "c-1" },
                { "organizationId", "org-a" },
                { "name", "Zoë O'Brien-Müller" },
                { "email", "zoe.obrien@example.COM" },
                { "phone", "+31205550100" },
                { "timeZone", "Europe/Amsterdam" },
                { "language", "nl-NL" },
                { "callerType", "Demander" },
                { "erasedAt", BsonNull.Value },
                { "version", 4 },
                { "searchKeys", new BsonArray { "zoë o'brien-müller", "zoe.obrien@example.com", "+31205550100" } },
            },
            document);
        Assert.Equal(Samples.Json(contact), Samples.Json(StoreBsonMapping.FromDocument<Contact>(document)));
    }

    [Fact]
    public void A_minimal_contact_keeps_its_nulls_and_searches_its_name_only()
    {
        var contact = DirectorySamples.Contact("org-a", "c-2", "Ann");

        var document = Bson.OverTheWire(DirectoryDocuments.Contact(contact));

        Assert.Equal(BsonNull.Value, document["email"]);
        Assert.Equal(BsonNull.Value, document["phone"]);
        Assert.Equal("Unknown", document["callerType"]);
        Assert.Equal(new BsonArray { "ann" }, document["searchKeys"]);
        Assert.Equal(Samples.Json(contact), Samples.Json(StoreBsonMapping.FromDocument<Contact>(document)));
    }

    [Fact]
    public void An_asset_keeps_its_serial_number_as_written_and_searches_it_lower_cased_with_its_model()
    {
        var asset = DirectorySamples.FullAsset("org-a", "a-1");

        var document = Bson.OverTheWire(DirectoryDocuments.Asset(asset));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "a-1" } } },
                { "id", "a-1" },
                { "organizationId", "org-a" },
                { "serialNumber", "HP-LJ4250-0042" },
                { "model", "LaserJet 4250 ✓" },
                { "contactId", "contact-7" },
                { "version", 1 },
                { "searchKeys", new BsonArray { "hp-lj4250-0042", "laserjet 4250 ✓" } },
            },
            document);
        Assert.Equal(Samples.Json(asset), Samples.Json(StoreBsonMapping.FromDocument<Asset>(document)));
    }

    [Fact]
    public void A_contact_document_missing_its_name_fails_to_read()
    {
        var document = DirectoryDocuments.Contact(DirectorySamples.Contact("org-a", "c-3"));
        document.Remove("name");

        var failure = Assert.ThrowsAny<Exception>(() => StoreBsonMapping.FromDocument<Contact>(document));

        Assert.Contains("name", failure.ToString(), StringComparison.Ordinal);
    }
}
