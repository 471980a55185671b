using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using static HelpDesk.Plugins.Tests.Tagging.TaggingHarness;

namespace HelpDesk.Plugins.Tests.Tagging;

public sealed class OrganisationRuleTests
{
    [Fact]
    public async Task An_organisations_own_rules_add_labels_as_configured_rules()
    {
        using var harness = Start("""{"rules": {"SAP": "service:ERP", "badge reader": "category:access"}}""");

        var proposals = await harness.ProposeAsync(Ticket("Badge  reader at the entrance", "Also sap is slow"));

        var erp = Assert.Single(proposals, p => p.Name == "service:erp");
        Assert.Equal((TagSource.Rule, 1.0, "keyword 'SAP' in the description"), (erp.Source, erp.Confidence, erp.Reason));
        Assert.Contains(("category:access", "keyword 'badge reader' in the subject"), proposals.NamesAndReasons());
        Assert.Contains("category:performance", proposals.KeywordTags());
    }

    [Fact]
    public async Task An_organisations_rule_wins_over_a_built_in_rule_for_the_same_label()
    {
        using var harness = Start("""{"rules": {"teams": "service:email"}}""");

        var proposals = await harness.ProposeAsync(Ticket("Teams and Outlook both fail"));

        var email = Assert.Single(proposals, p => p.Name == "service:email");
        Assert.Equal((TagSource.Rule, "keyword 'teams' in the subject"), (email.Source, email.Reason));
    }

    [Fact]
    public async Task The_built_in_rules_can_be_turned_off()
    {
        using var harness = Start("""{"builtInRules": false, "rules": {"vpn": "service:remote-access"}}""");

        var proposals = await harness.ProposeAsync(Ticket("VPN and Outlook fail"));

        Assert.Equal(["service:remote-access"], proposals.KeywordTags());
    }

    [Fact]
    public async Task A_rule_whose_label_is_not_text_is_refused_naming_the_setting()
    {
        using var harness = Start("""{"rules": {"sap": 3}}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(() => harness.ProposeAsync(Ticket("SAP")));

        Assert.Equal("rules", error.Setting);
    }

    [Fact]
    public async Task An_organisations_rule_with_a_star_matches_compounds_and_suffixed_words()
    {
        using var harness = Start("""{"builtInRules": false, "rules": {"*kasse*": "service:pos", "számlá*": "category:billing"}}""");

        var proposals = await harness.ProposeAsync(Ticket("Registrierkassensystem startet nicht", "A számlázó program sem megy."));

        Assert.Equal(
            [("service:pos", "keyword '*kasse*' in the subject"), ("category:billing", "keyword 'számlá*' in the description")],
            proposals.NamesAndReasons().Where(p => p.Name is "service:pos" or "category:billing"));
    }

    [Fact]
    public async Task An_organisations_japanese_rule_is_found_inside_running_text()
    {
        using var harness = Start("""{"rules": {"勤怠システム": "service:hr"}}""");

        var proposals = await harness.ProposeAsync(Ticket("勤怠システムにログインできません"));

        var hr = Assert.Single(proposals, p => p.Name == "service:hr");
        Assert.Equal((TagSource.Rule, "keyword '勤怠システム' in the subject"), (hr.Source, hr.Reason));
        Assert.Contains("service:account", proposals.KeywordTags());
    }

    [Fact]
    public async Task A_rule_whose_keyword_is_only_a_star_is_refused_naming_the_setting()
    {
        using var harness = Start("""{"rules": {" * ": "service:everything"}}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(() => harness.ProposeAsync(Ticket("Anything")));

        Assert.Equal("rules", error.Setting);
    }
}
