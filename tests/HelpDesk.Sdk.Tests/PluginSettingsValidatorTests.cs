using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Tests;

public sealed class PluginSettingsValidatorTests
{
    private static readonly PluginManifest Manifest = PluginManifest.Parse("""
        {
          "id": "acme.sla", "name": "SLA", "version": "1.0.0", "sdkVersion": "1.0", "assembly": "Acme.dll", "kinds": ["escalation"],
          "settings": {
            "warnAtPercent": { "type": "integer", "default": 80, "minimum": 1, "maximum": 100 },
            "mode": { "type": "string", "allowedValues": ["strict", "lenient"], "default": "strict" },
            "team": { "type": "string", "required": true },
            "keywords": { "type": "stringList" }
          }
        }
        """);

    [Fact]
    public void Defaults_fill_what_the_organisation_did_not_set()
    {
        var settings = PluginSettingsValidator.Apply(Manifest, """{"team":"network"}""", out var problems);

        Assert.Empty(problems);
        Assert.Equal(80, settings.Get("warnAtPercent", 0));
        Assert.Equal("strict", settings.Get("mode", ""));
        Assert.Equal("network", settings.Require<string>("team"));
    }

    [Theory]
    [InlineData("""{"team":"x","warnAtPercent":"eighty"}""", "Setting 'warnAtPercent' must be a whole number")]
    [InlineData("""{"team":"x","warnAtPercent":150}""", "Setting 'warnAtPercent' must be between 1 and 100")]
    [InlineData("""{"team":"x","mode":"chaotic"}""", "Setting 'mode' must be one of strict, lenient")]
    [InlineData("""{"team":"x","keywords":[1,2]}""", "Setting 'keywords' must be a list of strings")]
    [InlineData("""{"team":"x","colour":"red"}""", "Setting 'colour' is not declared in the manifest of 'acme.sla'")]
    [InlineData("""{}""", "Setting 'team' is required")]
    [InlineData("""[1]""", "The settings must be a JSON object")]
    [InlineData("""{"team":""", "The settings are not valid JSON")]
    public void Bad_settings_are_reported_naming_the_setting(string json, string expected)
    {
        PluginSettingsValidator.Apply(Manifest, json, out var problems);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_default_of_the_wrong_type_is_reported()
    {
        var manifest = PluginManifest.Parse("""
            { "id": "acme.x", "name": "X", "version": "1.0.0", "sdkVersion": "1.0", "assembly": "x.dll", "kinds": ["tagging"],
              "settings": { "limit": { "type": "integer", "default": "ten" } } }
            """);

        Assert.Equal(["The default of setting 'limit' must be a whole number, but is \"ten\"."], PluginSettingsValidator.CheckDefaults(manifest));
    }

    [Fact]
    public void Explicit_nulls_fall_back_to_the_default()
    {
        var settings = PluginSettingsValidator.Apply(Manifest, """{"team":"x","warnAtPercent":null}""", out var problems);

        Assert.Empty(problems);
        Assert.Equal(80, settings.Get("warnAtPercent", 0));
    }
}
