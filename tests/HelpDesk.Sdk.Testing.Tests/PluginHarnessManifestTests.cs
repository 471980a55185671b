using HelpDesk.Sdk.Testing.Tests.Fixtures;

namespace HelpDesk.Sdk.Testing.Tests;

public sealed class PluginHarnessManifestTests
{
    [Fact]
    public void A_declared_kind_without_a_component_is_refused()
    {
        var error = Refuse("missing-kind");

        Assert.Equal("The manifest declares the kind 'surveys', but the assembly has no public class implementing ISurveyPolicy.", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_component_whose_kind_is_not_declared_is_refused()
    {
        var error = Refuse("undeclared-kind");

        Assert.Equal("SampleMetricSource provides the kind 'metrics', which the manifest does not declare in 'kinds'.", Assert.Single(error.Problems));
    }

    [Fact]
    public void Defaults_that_do_not_conform_to_their_declared_type_are_all_reported()
    {
        var error = Refuse("bad-defaults");

        Assert.Equal(
            [
                "The default of setting 'threshold' must be a whole number, but is \"three\".",
                "The default of setting 'mode' must be one of fast, slow, but is \"medium\".",
            ],
            error.Problems);
        Assert.StartsWith("The plugin has 2 problems:", error.Message);
    }

    [Fact]
    public void A_manifest_naming_another_assembly_is_refused()
    {
        var error = Refuse("wrong-assembly");

        Assert.Equal("Field 'assembly' is 'Sample.Other.dll', but the plugin's assembly is HelpDesk.Sdk.Testing.Tests.dll.", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_manifest_needing_a_newer_sdk_is_refused()
    {
        var error = Refuse("newer-sdk");

        Assert.Equal("Field 'sdkVersion' is 1.1, but the host runs SDK 1.0.0.", Assert.Single(error.Problems));
    }

    [Fact]
    public void An_invalid_manifest_is_refused_with_the_field_named()
    {
        var error = Refuse("bad-id");

        Assert.Contains("Field 'id'", error.Message);
        Assert.IsType<Sdk.Plugins.PluginManifestException>(error.InnerException);
    }

    [Fact]
    public void A_manifest_path_that_does_not_exist_is_refused()
    {
        var error = Assert.Throws<PluginHarnessException>(() => PluginHarness.For<SampleTagger>(manifestPath: "nowhere/plugin.json"));

        Assert.Contains("does not exist", error.Message);
    }

    private static PluginHarnessException Refuse(string manifest) =>
        Assert.Throws<PluginHarnessException>(() => PluginHarness.For<SampleTagger>(manifestPath: SampleManifests.Named(manifest)));
}
