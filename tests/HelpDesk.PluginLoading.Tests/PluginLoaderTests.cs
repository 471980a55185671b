using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpDesk.PluginLoading.Tests;

public sealed class PluginLoaderTests : IDisposable
{
    private readonly PluginFolders folders = new();

    public void Dispose() => folders.Dispose();

    [Fact]
    public async Task A_good_plugin_loads_and_its_component_runs_across_the_load_context_boundary()
    {
        folders.Add("HelpDesk.TestPlugins.Good");

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal(PluginStatus.Active, plugin.Status);
        Assert.Null(plugin.Reason);
        Assert.Equal("test.good", plugin.Id);
        var component = Assert.Single(plugin.Components);
        Assert.Equal(PluginKinds.Tagging, component.Kind);
        var tagger = Assert.IsAssignableFrom<ITagger>(component.Instance);
        var proposals = await tagger.ProposeAsync(new TaggingRequest { Ticket = SampleTicket() }, new Context(PluginSettings.FromJson("""{"label":"vip"}""")), TestContext.Current.CancellationToken);
        Assert.Equal("vip", Assert.Single(proposals).Name);
    }

    [Fact]
    public void A_plugin_built_against_a_newer_sdk_is_refused_with_the_versions_named()
    {
        folders.Add("HelpDesk.TestPlugins.Incompatible");

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal(PluginStatus.Refused, plugin.Status);
        Assert.Equal("test.incompatible", plugin.Id);
        Assert.Contains("built against SDK 2.0", plugin.Reason);
        Assert.Contains("this host runs SDK 1.0.0", plugin.Reason);
        Assert.Empty(plugin.Components);
    }

    [Fact]
    public void A_plugin_whose_component_throws_in_its_constructor_is_refused_with_the_cause()
    {
        folders.Add("HelpDesk.TestPlugins.Broken");

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal(PluginStatus.Refused, plugin.Status);
        Assert.Contains("failed to start", plugin.Reason);
        Assert.Contains("rule table is corrupt", plugin.Reason);
    }

    [Fact]
    public void A_plugin_missing_a_dependency_assembly_is_refused_as_a_type_load_failure()
    {
        var folder = folders.Add("HelpDesk.TestPlugins.MissingDependency");
        File.Delete(Path.Combine(folder, "HelpDesk.TestPlugins.Dependency.dll"));

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal(PluginStatus.Refused, plugin.Status);
        Assert.Contains("HelpDesk.TestPlugins.Dependency", plugin.Reason);
    }

    [Fact]
    public void A_plugin_whose_main_assembly_is_missing_is_refused()
    {
        var folder = folders.Add("HelpDesk.TestPlugins.Good");
        File.Delete(Path.Combine(folder, "HelpDesk.TestPlugins.Good.dll"));

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal(PluginStatus.Refused, plugin.Status);
        Assert.Contains("'HelpDesk.TestPlugins.Good.dll' named in plugin.json is missing", plugin.Reason);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused_under_its_folder_name()
    {
        folders.AddEmpty("stray-folder");

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal("stray-folder", plugin.Id);
        Assert.Equal(PluginStatus.Refused, plugin.Status);
        Assert.Contains("no plugin.json", plugin.Reason);
    }

    [Theory]
    [InlineData("{ not json", "Invalid plugin.json")]
    [InlineData("""{"id":"Bad Id","name":"x","version":"1.0.0","sdkVersion":"1.0","assembly":"x.dll","kinds":["tagging"]}""", "Field 'id'")]
    [InlineData("""{"id":"ok.id","name":"x","version":"1.0.0","sdkVersion":"1.0","assembly":"x.dll","kinds":["teleportation"]}""", "'teleportation' is not a known kind")]
    public void A_folder_with_a_bad_manifest_is_refused_naming_the_problem(string manifest, string expected)
    {
        var folder = folders.Add("HelpDesk.TestPlugins.Good");
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest);

        var plugin = Assert.Single(folders.LoadAll());

        Assert.Equal(PluginStatus.Refused, plugin.Status);
        Assert.Contains(expected, plugin.Reason);
    }

    [Fact]
    public void Two_folders_with_the_same_plugin_id_load_only_the_first()
    {
        folders.Add("HelpDesk.TestPlugins.Good", "a-good");
        folders.Add("HelpDesk.TestPlugins.Good", "b-good-copy");

        var plugins = folders.LoadAll();

        Assert.Equal([PluginStatus.Active, PluginStatus.Refused], plugins.Select(p => p.Status));
        Assert.Contains("already provides the plugin 'test.good'", plugins[1].Reason);
    }

    [Fact]
    public void Bad_plugins_never_stop_the_good_ones_from_loading()
    {
        folders.Add("HelpDesk.TestPlugins.Broken");
        folders.Add("HelpDesk.TestPlugins.Incompatible");
        folders.AddEmpty("empty");
        folders.Add("HelpDesk.TestPlugins.Good");

        var plugins = folders.LoadAll();

        Assert.Equal(4, plugins.Count);
        Assert.Equal("test.good", Assert.Single(plugins, p => p.Status == PluginStatus.Active).Id);
    }

    [Fact]
    public void A_missing_plugin_directory_loads_nothing_instead_of_failing()
    {
        Directory.Delete(folders.Root, recursive: true);

        Assert.Empty(folders.LoadAll());
    }

    private static Ticket SampleTicket() => new()
    {
        Id = "t1",
        OrganizationId = "org",
        Number = 1,
        Subject = "Printer jams",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private sealed record Context(IPluginSettings Settings) : IPluginContext
    {
        public string OrganizationId => "org";

        public string PluginId => "test.good";

        public TimeProvider Clock => TimeProvider.System;

        public Microsoft.Extensions.Logging.ILogger Logger => NullLogger.Instance;

        public IPluginStore Store => throw new NotSupportedException("The test tagger keeps no state.");
    }
}
