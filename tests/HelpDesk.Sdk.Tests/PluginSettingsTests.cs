using System.Text.Json;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Tests;

public sealed class PluginSettingsTests
{
    private readonly PluginSettings settings = PluginSettings.FromJson("""
        { "maxTransfers": 3, "team": "incident", "enabled": true, "rules": { "vpn": "service:network" }, "cleared": null }
        """);

    [Fact]
    public void Get_reads_a_value_as_the_requested_type()
    {
        Assert.Equal(3, settings.Get("maxTransfers", 0));
        Assert.Equal("incident", settings.Get("team", ""));
        Assert.True(settings.Get("enabled", false));
        Assert.Equal("service:network", settings.Get<Dictionary<string, string>>("rules", [])["vpn"]);
    }

    [Fact]
    public void Get_falls_back_when_a_setting_is_absent_or_null()
    {
        Assert.Equal(80, settings.Get("warnAtPercent", 80));
        Assert.Equal("x", settings.Get("cleared", "x"));
        Assert.DoesNotContain("cleared", settings.Names);
    }

    [Fact]
    public void Require_reads_a_set_value_and_names_a_missing_one()
    {
        Assert.Equal(3, settings.Require<int>("maxTransfers"));

        var error = Assert.Throws<PluginSettingsException>(() => settings.Require<int>("warnAtPercent"));

        Assert.Equal("warnAtPercent", error.Setting);
        Assert.Equal("The setting 'warnAtPercent' is required but has no value.", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_naming_the_setting_and_the_value()
    {
        var error = Assert.Throws<PluginSettingsException>(() => settings.Get("team", 0));

        Assert.Equal("team", error.Setting);
        Assert.Equal("The setting 'team' is not a valid Int32: \"incident\".", error.Message);
    }

    [Fact]
    public void Settings_must_be_a_json_object()
    {
        Assert.Throws<ArgumentException>(() => PluginSettings.FromJson("[1]"));
        Assert.Throws<ArgumentException>(() => PluginSettings.FromJson("{"));
    }

    [Fact]
    public void Settings_round_trip_through_json()
    {
        var copy = PluginSettings.FromJson(settings.ToJson());

        Assert.Equal(settings.Names.Order(), copy.Names.Order());
        Assert.Equal(3, copy.Require<int>("maxTransfers"));
    }

    [Fact]
    public void Empty_settings_have_no_names()
    {
        Assert.Empty(PluginSettings.Empty.Names);
        Assert.Empty(new PluginSettings(new Dictionary<string, JsonElement>()).Names);
    }
}
