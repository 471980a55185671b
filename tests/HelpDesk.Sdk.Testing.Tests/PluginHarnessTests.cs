using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Tagging;
using HelpDesk.Sdk.Testing.Tests.Fixtures;
using HelpDesk.TestPlugins.Good;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing.Tests;

public sealed class PluginHarnessTests
{
    private static readonly CancellationToken Cancel = CancellationToken.None;

    [Fact]
    public void Starts_every_component_of_the_plugin_with_services_from_its_registrator()
    {
        using var harness = PluginHarness.For<SampleTagger>(manifestPath: SampleManifests.Named("valid"));

        Assert.Equal(2, harness.Components.Count);
        Assert.IsType<SampleTagger>(harness.Get<ITagger>());
        Assert.IsType<SampleMetricSource>(harness.Get<IMetricSource>());
        Assert.IsType<LabelFormatter>(harness.Services.GetService(typeof(ILabelFormatter)));
        Assert.Equal("test.sample", harness.Context.PluginId);
    }

    [Fact]
    public async Task Components_get_the_harness_clock_and_log_and_the_manifest_defaults_as_settings()
    {
        using var harness = PluginHarness.For<SampleTagger>(manifestPath: SampleManifests.Named("valid"));
        harness.Clock.Advance(TimeSpan.FromMinutes(75));

        var proposals = await harness.Get<ITagger>().ProposeAsync(Request(number: 42), harness.Context, Cancel);

        var proposal = Assert.Single(proposals);
        Assert.Equal("sample:default", proposal.Name);
        Assert.Equal("tagged at 10:15", proposal.Reason);
        Assert.Equal(3, harness.Context.Settings.Get("threshold", 0));
        Assert.Collection(
            harness.Log.Entries,
            e => Assert.Equal((typeof(SampleTagger).FullName, LogLevel.Information, "Tagging ticket 42 with Default"), (e.Category, e.Level, e.Message)),
            e => Assert.Equal(("test.sample", "Context logger used for org-test"), (e.Category, e.Message)));
    }

    [Fact]
    public async Task Organisation_settings_override_the_defaults_and_can_be_replaced_between_calls()
    {
        using var harness = PluginHarness.For<SampleTagger>("""{"label": "VIP"}""", SampleManifests.Named("valid"));
        var tagger = harness.Get<ITagger>();

        var first = await tagger.ProposeAsync(Request(), harness.Context, Cancel);
        harness.UseSettings("""{"label": "Gold", "threshold": 7}""");
        var second = await tagger.ProposeAsync(Request(), harness.Context, Cancel);

        Assert.Equal("sample:vip", Assert.Single(first).Name);
        Assert.Equal("sample:gold", Assert.Single(second).Name);
        Assert.Equal("fast", harness.Context.Settings.Get("mode", ""));
    }

    [Theory]
    [InlineData("""{"threshold": "many"}""", "Setting 'threshold' must be a whole number, but is \"many\".")]
    [InlineData("""{"threshold": 11}""", "Setting 'threshold' must be between 1 and 10, but is 11.")]
    [InlineData("""{"mode": "medium"}""", "Setting 'mode' must be one of fast, slow, but is \"medium\".")]
    [InlineData("""{"colour": "red"}""", "Setting 'colour' is not declared in the manifest of 'test.sample'.")]
    [InlineData("""[1, 2]""", "The settings must be a JSON object.")]
    public void Settings_the_host_would_refuse_are_refused_naming_the_setting(string settingsJson, string expected)
    {
        var error = Assert.Throws<PluginHarnessException>(() => PluginHarness.For<SampleTagger>(settingsJson, SampleManifests.Named("valid")));

        Assert.Equal(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void Get_names_the_count_when_the_plugin_has_no_component_of_the_type()
    {
        using var harness = PluginHarness.For<SampleTagger>(manifestPath: SampleManifests.Named("valid"));

        var error = Assert.Throws<InvalidOperationException>(() => harness.Get<Sdk.Surveys.ISurveyPolicy>());

        Assert.Contains("0 components of type ISurveyPolicy", error.Message);
        Assert.Empty(harness.All<Sdk.Surveys.ISurveyPolicy>());
    }

    [Fact]
    public async Task Runs_a_real_plugin_assembly_with_its_own_manifest()
    {
        using var harness = PluginHarness.For<GoodTagger>(manifestPath: SampleManifests.Good);

        var proposals = await harness.Get<ITagger>().ProposeAsync(Request(), harness.Context, Cancel);

        Assert.Equal("test.good", harness.Manifest?.Id);
        Assert.Equal("test:good", Assert.Single(proposals).Name);
    }

    [Fact]
    public void A_component_that_throws_as_it_starts_is_reported_with_its_name_and_cause()
    {
        var error = Assert.Throws<PluginHarnessException>(() => PluginHarness.For<TestPlugins.Broken.ThrowingPolicy>(manifestPath: SampleManifests.Broken));

        Assert.Equal("The component ThrowingPolicy failed to start: InvalidOperationException: The policy's rule table is corrupt.", error.Message);
    }

    [Fact]
    public void Without_a_manifest_the_plugin_still_runs_with_the_given_settings_and_a_test_plugin_id()
    {
        // The plugin.json copied beside this test assembly belongs to a referenced test plugin, so it is not used.
        using var harness = PluginHarness.For<SampleTagger>("""{"label": "x"}""");

        Assert.Null(harness.Manifest);
        Assert.Equal(TestDefaults.PluginId, harness.Context.PluginId);
        Assert.Equal("x", harness.Context.Settings.Get("label", ""));
    }

    private static TaggingRequest Request(long number = 1) => new() { Ticket = new TicketBuilder().WithNumber(number).Build() };
}
