using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>Organisations and desk configurations as stored.</summary>
public sealed class DeskBsonTests
{
    [Fact]
    public void An_organisation_carries_its_id_as_organisation_id_and_round_trips()
    {
        var organization = new Organization { Id = "org-a", Name = "Acme Support", TimeZone = "Europe/Amsterdam", Languages = ["nl", "en"] };

        var document = Bson.OverTheWire(DeskDocuments.Organization(organization));

        Assert.Equal(
            new BsonDocument
            {
                { "organizationId", "org-a" }, { "id", "org-a" }, { "name", "Acme Support" }, { "timeZone", "Europe/Amsterdam" },
                { "languages", new BsonArray { "nl", "en" } },
            },
            document);
        Assert.Equal(Samples.Json(organization), Samples.Json(StoreBsonMapping.FromDocument<Organization>(document)));
    }

    [Fact]
    public void A_desk_configuration_keeps_plugin_settings_as_the_json_text_it_was_given()
    {
        var configuration = new DeskConfiguration
        {
            OrganizationId = "org-a",
            Plugins =
            [
                new PluginActivation { PluginId = "keyword-tagger", SettingsJson = """{"rules":["vpn"],"threshold":0.80}""" },
                new PluginActivation { PluginId = "greeter", Enabled = false },
            ],
            Version = 3,
        };

        var document = Bson.OverTheWire(DeskDocuments.Configuration(configuration));

        Assert.Equal("org-a", document["organizationId"]);
        Assert.Equal(3, document["version"]);
        Assert.Equal("""{"rules":["vpn"],"threshold":0.80}""", document["plugins"][0]["settingsJson"]);
        Assert.Equal(false, document["plugins"][1]["enabled"]);
        Assert.Equal(Samples.Json(configuration), Samples.Json(StoreBsonMapping.FromDocument<DeskConfiguration>(document)));
    }
}
