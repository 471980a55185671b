namespace HelpDesk.Packaging.Tests;

public sealed class PackageTests(PackedSdk packed)
{
    [Fact]
    public void The_sdk_package_carries_the_contract_with_its_xml_docs_readme_license_and_symbols()
    {
        using var package = new NuGetPackage(packed.PackagePath("HelpDesk.Sdk"));

        Assert.Equal("HelpDesk.Sdk", package.Metadata("id"));
        Assert.Equal(PackedSdk.Version, package.Metadata("version"));
        Assert.Equal("HelpDesk SDK contributors", package.Metadata("authors"));
        Assert.Contains("plugins", package.Metadata("description"));
        Assert.Equal("expression", package.Element("license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", package.Metadata("license"));
        Assert.Equal("README.md", package.Metadata("readme"));
        Assert.Contains("dotnet new helpdesk-plugin", package.ReadText("README.md"));
        Assert.Contains("lib/net10.0/HelpDesk.Sdk.dll", package.Files);
        Assert.Contains("<member name=\"T:HelpDesk.Sdk.Tagging.ITagger\">", package.ReadText("lib/net10.0/HelpDesk.Sdk.xml"));
        using var symbols = new NuGetPackage(packed.PackagePath("HelpDesk.Sdk", "snupkg"));
        Assert.Contains("lib/net10.0/HelpDesk.Sdk.pdb", symbols.Files);
    }

    [Fact]
    public void The_sdk_package_brings_only_the_extensions_abstractions_never_the_host()
    {
        using var package = new NuGetPackage(packed.PackagePath("HelpDesk.Sdk"));

        Assert.NotEmpty(package.Dependencies);
        Assert.All(package.Dependencies.Keys, id => Assert.Matches(@"^Microsoft\.Extensions\.[A-Za-z.]+\.Abstractions$", id));
        Assert.All(package.Dependencies.Values, version => Assert.StartsWith("10.0.", version));
    }

    [Fact]
    public void The_test_kit_package_depends_on_the_sdk_package_of_its_own_version()
    {
        using var package = new NuGetPackage(packed.PackagePath("HelpDesk.Sdk.Testing"));

        Assert.Equal(PackedSdk.Version, package.Metadata("version"));
        Assert.Equal("MIT", package.Metadata("license"));
        Assert.Contains("PluginHarness", package.ReadText("README.md"));
        Assert.Contains("lib/net10.0/HelpDesk.Sdk.Testing.dll", package.Files);
        Assert.Contains("lib/net10.0/HelpDesk.Sdk.Testing.xml", package.Files);
        Assert.DoesNotContain("lib/net10.0/HelpDesk.Sdk.dll", package.Files);
        Assert.Equal(PackedSdk.Version, package.Dependencies["HelpDesk.Sdk"]);
        Assert.DoesNotContain(package.Dependencies.Keys, id => id.StartsWith("HelpDesk.", StringComparison.Ordinal) && id != "HelpDesk.Sdk");
    }

    [Fact]
    public void The_template_package_holds_the_template_for_the_sdk_of_its_version_and_no_build_output()
    {
        using var package = new NuGetPackage(packed.PackagePath("HelpDesk.Plugin.Templates"));

        Assert.Equal("Template", package.Element("packageTypes")?.Elements().Single().Attribute("name")?.Value);
        Assert.Contains("content/helpdesk-plugin/.template.config/template.json", package.Files);
        Assert.Contains("content/helpdesk-plugin/src/Company.HelpDeskPlugin/plugin.json", package.Files);
        Assert.DoesNotContain(package.Files, f => f.Contains("/bin/", StringComparison.Ordinal) || f.Contains("/obj/", StringComparison.Ordinal) || f.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains($"<HelpDeskSdkVersion>{PackedSdk.Version}</HelpDeskSdkVersion>", package.ReadText("content/helpdesk-plugin/Directory.Build.props"));
    }
}
