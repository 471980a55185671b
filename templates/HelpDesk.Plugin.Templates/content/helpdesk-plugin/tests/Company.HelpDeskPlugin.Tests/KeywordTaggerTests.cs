using HelpDesk.Sdk.Tagging;
using HelpDesk.Sdk.Testing;

namespace Company.HelpDeskPlugin.Tests;

public sealed class KeywordTaggerTests
{
    [Fact]
    public async Task A_ticket_mentioning_a_keyword_gets_the_organisations_label()
    {
        // The harness starts the plugin as the host would and checks plugin.json on the way.
        using var harness = PluginHarness.For<KeywordTagger>("""{"keywords": ["outage"], "label": "attention:outage"}""");
        var ticket = new TicketBuilder().WithSubject("Mail OUTAGE on the third floor").Build();

        var tags = await harness.Get<ITagger>().ProposeAsync(new TaggingRequest { Ticket = ticket }, harness.Context, TestContext.Current.CancellationToken);

        var tag = Assert.Single(tags);
        Assert.Equal("attention:outage", tag.Name);
        Assert.Equal("mentions 'outage'", tag.Reason);
    }

    [Fact]
    public async Task Without_settings_the_manifest_defaults_apply()
    {
        using var harness = PluginHarness.For<KeywordTagger>();
        var ticket = new TicketBuilder().WithSubject("Printer jams").WithDescription("It is urgent.").Build();

        var tags = await harness.Get<ITagger>().ProposeAsync(new TaggingRequest { Ticket = ticket }, harness.Context, TestContext.Current.CancellationToken);

        Assert.Equal("attention:keyword", Assert.Single(tags).Name);
    }

    [Fact]
    public async Task A_ticket_mentioning_no_keyword_gets_no_label()
    {
        using var harness = PluginHarness.For<KeywordTagger>("""{"keywords": ["outage"]}""");
        var ticket = new TicketBuilder().WithSubject("Printer jams").Build();

        var tags = await harness.Get<ITagger>().ProposeAsync(new TaggingRequest { Ticket = ticket }, harness.Context, TestContext.Current.CancellationToken);

        Assert.Empty(tags);
    }
}
