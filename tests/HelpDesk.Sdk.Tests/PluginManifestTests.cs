using System.Text.Json.Nodes;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Tests;

public sealed class PluginManifestTests
{
    [Fact]
    public void A_valid_manifest_is_read_with_every_field()
    {
        var manifest = PluginManifest.Parse(ManifestJson.Valid);

        Assert.Equal(("acme.tagging", "Acme tagging", "1.2.0", "Labels tickets."), (manifest.Id, manifest.Name, manifest.Version, manifest.Description));
        Assert.Equal(new Version(1, 0), manifest.GetSdkVersion());
        Assert.Equal("Acme.Tagging.dll", manifest.Assembly);
        Assert.Equal([PluginKinds.Tagging, PluginKinds.Metrics], manifest.Kinds);
        var threshold = manifest.Settings["threshold"];
        Assert.Equal((PluginSettingType.Integer, "How many.", 3, 1d), (threshold.Type, threshold.Description, threshold.Default!.Value.GetInt32(), threshold.Minimum));
        Assert.Equal(["fast", "slow"], manifest.Settings["mode"].AllowedValues);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("version")]
    [InlineData("sdkVersion")]
    [InlineData("assembly")]
    [InlineData("kinds")]
    public void A_manifest_missing_a_required_field_is_refused_naming_it(string field)
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.Without(field)));

        Assert.Contains($"'{field}'", error.Message);
    }

    [Theory]
    [InlineData("id", "Acme Tagging", "not a valid plugin id")]
    [InlineData("id", "1acme", "not a valid plugin id")]
    [InlineData("version", "1.2", "not a semantic version")]
    [InlineData("version", "one", "not a semantic version")]
    [InlineData("sdkVersion", "1", "not a version such as 1.0")]
    [InlineData("sdkVersion", "latest", "not a version such as 1.0")]
    [InlineData("assembly", "bin/Acme.Tagging.dll", "must be a file name ending in .dll")]
    public void A_field_with_a_bad_value_is_refused_naming_the_field_and_the_value(string field, string value, string problem)
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.With(field, value)));

        Assert.StartsWith($"Field '{field}': '{value}' ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void An_unknown_kind_is_refused_listing_the_known_kinds()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.With("kinds", new JsonArray("tagging", "chatbot"))));

        Assert.Equal("kinds", error.Field);
        Assert.Contains("'chatbot' is not a known kind", error.Message);
        Assert.Contains("greeting-scripts, escalation, tagging, metrics, surveys", error.Message);
    }

    [Fact]
    public void A_manifest_providing_no_kind_is_refused()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.With("kinds", new JsonArray())));

        Assert.Equal("Field 'kinds': the plugin must provide at least one kind.", error.Message);
    }

    [Theory]
    [InlineData("""{ "id": "acme", """)]
    [InlineData("not json")]
    public void Malformed_json_is_refused_as_an_invalid_manifest(string json)
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(json));

        Assert.StartsWith("The manifest is not valid", error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void A_json_null_is_refused_as_an_empty_manifest()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse("null"));

        Assert.Contains("empty", error.Message);
    }

    [Theory]
    [InlineData("kinds", "\"tagging\"")]
    [InlineData("version", "1")]
    [InlineData("settings", "[]")]
    public void A_field_of_the_wrong_json_type_is_refused_naming_the_field(string field, string rawValue)
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.With(field, JsonNode.Parse(rawValue))));

        Assert.StartsWith($"Field '{field}': the value has the wrong type", error.Message);
    }

    [Fact]
    public void A_setting_of_an_unknown_type_is_refused_naming_the_setting()
    {
        var settings = JsonNode.Parse("""{ "threshold": { "type": "decimal" } }""");

        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.With("settings", settings)));

        Assert.Contains("settings.threshold.type", error.Message);
    }

    [Fact]
    public void Allowed_values_on_a_setting_that_is_not_a_string_are_refused()
    {
        var settings = JsonNode.Parse("""{ "threshold": { "type": "integer", "allowedValues": ["1"] } }""");

        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(ManifestJson.With("settings", settings)));

        Assert.Equal("settings.threshold.allowedValues", error.Field);
    }
}
