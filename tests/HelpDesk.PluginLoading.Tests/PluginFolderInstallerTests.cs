using System.Runtime.Loader;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Plugins;
using HelpDesk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.PluginLoading.Tests;

public sealed class PluginFolderInstallerTests : IDisposable
{
    private readonly PluginFolders folders = new();
    private readonly ServiceProvider services;

    public PluginFolderInstallerTests() => services = folders.BuildServices();

    private IPluginFolderInstaller Installer => services.GetRequiredService<IPluginFolderInstaller>();

    private PluginCatalog Catalog => services.GetRequiredService<PluginCatalog>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        services.Dispose();
        folders.Dispose();
    }

    [Fact]
    public void A_staged_folder_is_loaded_for_checking_but_neither_in_the_plugin_directory_nor_in_the_catalogue()
    {
        using var stage = Installer.Stage([Shipped("HelpDesk.TestPlugins.Good", "acme.good")], Cancel);

        var staged = Assert.Single(stage.Folders);
        Assert.Equal(PluginStatus.Active, staged.Plugin.Status);
        Assert.Equal("test.good", staged.Plugin.Id);
        Assert.False(staged.NameTaken);
        Assert.False(Directory.Exists(Path.Combine(folders.Root, "acme.good")));
        Assert.Empty(Catalog.All);
        Assert.Empty(folders.LoadAll());
    }

    [Fact]
    public void Committing_moves_the_folder_into_the_plugin_directory_and_makes_its_plugin_active()
    {
        using (var stage = Installer.Stage([Shipped("HelpDesk.TestPlugins.Good", "acme.good")], Cancel))
        {
            Assert.Empty(stage.Commit(["acme.good"], Cancel));
        }

        var plugin = Assert.Single(Catalog.All);
        Assert.Equal(("test.good", PluginStatus.Active), (plugin.Id, plugin.Status));
        Assert.Equal(Path.Combine(folders.Root, "acme.good"), plugin.Directory);
        Assert.True(File.Exists(Path.Combine(folders.Root, "acme.good", "plugin.json")));
        Assert.Equal("test.good", Assert.Single(folders.LoadAll()).Id);
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(folders.Root, PluginFolderInstaller.StagingFolder)));
    }

    [Fact]
    public void A_stage_disposed_without_committing_leaves_nothing_behind()
    {
        using (var stage = Installer.Stage([Shipped("HelpDesk.TestPlugins.Incompatible", "acme.old")], Cancel))
        {
            var staged = Assert.Single(stage.Folders);
            Assert.Equal(PluginStatus.Refused, staged.Plugin.Status);
            Assert.Contains("built against SDK 2.0", staged.Plugin.Reason);
        }

        Assert.Equal([PluginFolderInstaller.StagingFolder], Directory.EnumerateDirectories(folders.Root).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(folders.Root, PluginFolderInstaller.StagingFolder)));
        Assert.Empty(Catalog.All);
    }

    [Fact]
    public void A_folder_name_already_in_the_plugin_directory_is_reported_and_a_failed_commit_moves_nothing()
    {
        folders.AddEmpty("acme.taken");
        using var stage = Installer.Stage([Shipped("HelpDesk.TestPlugins.Good", "acme.new"), Shipped("HelpDesk.TestPlugins.Good", "acme.taken")], Cancel);

        Assert.Equal([false, true], stage.Folders.Select(f => f.NameTaken));
        var problem = Assert.Single(stage.Commit(["acme.new", "acme.taken"], Cancel));

        Assert.StartsWith("plugins/acme.taken: could not be moved into the plugin directory", problem, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was installed.", problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folders.Root, "acme.new")));
        Assert.Empty(Catalog.All);
    }

    [Fact]
    public void A_disposed_stage_unloads_the_assemblies_it_loaded_for_checking()
    {
        var unloaded = new List<string?>();
        using (var stage = Installer.Stage([Shipped("HelpDesk.TestPlugins.Good", "acme.good")], Cancel))
        {
            Assert.Equal(PluginStatus.Active, Assert.Single(stage.Folders).Plugin.Status);
            var staged = Assert.Single(stage.Folders).Plugin.Components[0].Instance.GetType().Assembly;
            var context = AssemblyLoadContext.GetLoadContext(staged)!;
            Assert.True(context.IsCollectible);
            context.Unloading += c => unloaded.Add(c.Name);
            Assert.Empty(unloaded);
        }

        Assert.Single(unloaded);
    }

    [Fact]
    public void The_plugin_loader_never_takes_the_staging_area_for_a_plugin()
    {
        using var stage = Installer.Stage([Shipped("HelpDesk.TestPlugins.Good", "acme.good")], Cancel);

        Assert.Empty(folders.LoadAll());
    }

    private static DeskPluginFolder Shipped(string builtPlugin, string name) =>
        new(name, [.. RepositoryPaths.TestPluginFiles(builtPlugin).Select(f => new DeskPluginFile(f.RelativePath, File.ReadAllBytes(f.FullPath)))]);
}
