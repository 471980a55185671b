using System.Text;
using HelpDesk.Engine.Desks;

namespace HelpDesk.Engine.Tests.Desks;

public sealed class DeskPackageTests
{
    [Fact]
    public void A_package_is_read_with_its_plugins_settings_and_organisation_defaults()
    {
        var package = DeskPackage.Read(DeskTestPackages.Zip(DeskTestPackages.Desk), out var problems);

        Assert.Empty(problems);
        Assert.Equal("test-desk", package!.Manifest.Name);
        Assert.Equal(["helpdesk.greetings", "helpdesk.tagging"], package.Manifest.Plugins.Select(p => p.Id));
        Assert.Equal("~1.0", package.Manifest.Plugins[1].Version.Text);
        Assert.Contains("\"limit\": 5", package.Manifest.Plugins[1].SettingsJson);
        Assert.Equal("Europe/Amsterdam", package.Manifest.Organization.TimeZone);
        Assert.Equal(["nl", "en"], package.Manifest.Organization.Languages!);
    }

    [Fact]
    public void Every_problem_in_desk_json_names_its_field()
    {
        DeskManifestReader.Read("""
            { "version": "one", "plugin": [],
              "plugins": [ { "id": "helpdesk.tagging", "version": "latest" }, { "version": "^1.0", "settings": 3 } ],
              "organization": { "languages": "nl" } }
            """, out var problems);

        Assert.Contains("name: is required.", problems);
        Assert.Contains("version: 'one' is not a version such as 1.0.0.", problems);
        Assert.Contains(problems, p => p.StartsWith("plugin: is not a desk.json field", StringComparison.Ordinal));
        Assert.Contains("plugins[0].version: 'latest' is not a version range such as ^1.0, ~1.2, >=1.0, 1.0.0 or *.", problems);
        Assert.Contains("plugins[1].id: is required.", problems);
        Assert.Contains("plugins[1].settings: must be an object of setting names and values.", problems);
        Assert.Contains(problems, p => p.StartsWith("organization.languages:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("plugins/../../evil.txt")]
    [InlineData("/etc/evil")]
    [InlineData("plugins\\..\\evil.txt")]
    public void An_entry_outside_the_archive_root_is_refused(string entry)
    {
        var package = DeskPackage.Read(DeskTestPackages.Zip(DeskTestPackages.Desk, (entry, "x")), out var problems);

        Assert.Null(package);
        Assert.Contains(problems, p => p.Contains($"'{entry}' points outside the archive root", StringComparison.Ordinal));
    }

    [Fact]
    public void An_archive_over_the_size_limit_is_refused_before_it_is_unpacked()
    {
        var package = DeskPackage.Read(
            DeskTestPackages.Zip(DeskTestPackages.Desk, ("plugins/big/big.dll", new string('x', 5000))), out var problems, new DeskPackageLimits { MaxTotalBytes = 4000 });

        Assert.Null(package);
        Assert.StartsWith("archive: unpacks to", Assert.Single(problems));
    }

    [Fact]
    public void A_desk_json_over_its_size_limit_is_refused()
    {
        var package = DeskPackage.Read(DeskTestPackages.Zip(DeskTestPackages.Desk), out var problems, new DeskPackageLimits { MaxManifestBytes = 100 });

        Assert.Null(package);
        Assert.StartsWith("desk.json: holds", Assert.Single(problems));
    }

    [Fact]
    public void An_archive_without_desk_json_or_that_is_no_zip_is_refused()
    {
        DeskPackage.Read(new MemoryStream("not a zip"u8.ToArray()), out var notZip);
        var empty = DeskTestPackages.Zip(DeskTestPackages.Desk);
        DeskPackage.Read(DeskTestPackages.Zip("{}", ("readme.txt", "hi")), out var stray);

        Assert.StartsWith("archive: is not a readable zip file", Assert.Single(notZip));
        Assert.Contains("archive: the entry 'readme.txt' is neither desk.json nor under plugins/.", stray);
        Assert.NotNull(DeskPackage.Read(empty, out _));
    }

    [Fact]
    public void Plugin_folders_the_archive_ships_are_read_with_their_files()
    {
        var package = DeskPackage.Read(
            DeskTestPackages.Zip(DeskTestPackages.Desk, ("plugins/acme.crm/plugin.json", "{}"), ("plugins/acme.crm/lib/acme.dll", "x")), out _);

        var folder = Assert.Single(package!.PluginFolders);
        Assert.Equal("acme.crm", folder.Name);
        Assert.Equal(["plugin.json", "lib/acme.dll"], folder.Files.Select(f => f.Path));
        Assert.Equal("x", Encoding.UTF8.GetString(folder.Files[1].Content.Span).TrimStart('\uFEFF'));
    }

    [Fact]
    public void Shipped_plugin_folders_with_hidden_names_loose_files_or_nothing_inside_are_refused()
    {
        DeskPackage.Read(
            DeskTestPackages.Zip(DeskTestPackages.Desk, ("plugins/.staging/plugin.json", "{}"), ("plugins/loose.dll", "x")), out var problems);
        DeskPackage.Read(DeskTestPackages.Zip(DeskTestPackages.Desk, ("plugins/empty/", "")), out var empty);

        Assert.Contains(problems, p => p.StartsWith("plugins/.staging: is not a usable plugin folder name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("plugins/loose.dll: is a file directly under plugins/", StringComparison.Ordinal));
        Assert.Equal("plugins/empty: the folder is empty; a plugin folder holds plugin.json and the plugin's assemblies.", Assert.Single(empty));
    }

    [Fact]
    public void An_archive_whose_plugin_files_unpack_past_the_limit_is_refused()
    {
        var limits = new DeskPackageLimits { MaxTotalBytes = 4000 };
        var package = DeskPackage.Read(
            DeskTestPackages.Zip(DeskTestPackages.Desk, ("plugins/big/plugin.json", new string('x', 5000))), out var problems, limits);

        Assert.Null(package);
        Assert.Contains("at most 4000 are allowed", Assert.Single(problems));
    }
}
