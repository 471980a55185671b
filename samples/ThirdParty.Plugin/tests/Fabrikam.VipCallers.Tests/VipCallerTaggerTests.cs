using HelpDesk.Sdk.Tagging;
using HelpDesk.Sdk.Testing;

namespace Fabrikam.VipCallers.Tests;

public sealed class VipCallerTaggerTests
{
    private const string Settings = """{"vipDomains": ["contoso.example"]}""";

    [Theory]
    [InlineData("sam@contoso.example")]
    [InlineData("Sam@EU.Contoso.Example")]
    public async Task A_caller_from_a_key_account_domain_gets_the_vip_label(string email)
    {
        using var harness = PluginHarness.For<VipCallerTagger>(Settings);

        var tags = await ProposeAsync(harness, new ContactBuilder().WithEmail(email).Build());

        var tag = Assert.Single(tags);
        Assert.Equal("caller:vip", tag.Name);
        Assert.Equal("caller writes from contoso.example", tag.Reason);
    }

    [Theory]
    [InlineData("sam@notcontoso.example")]
    [InlineData("sam@example")]
    [InlineData(null)]
    public async Task Other_callers_get_no_label(string? email)
    {
        using var harness = PluginHarness.For<VipCallerTagger>(Settings);

        var tags = await ProposeAsync(harness, new ContactBuilder().WithEmail(email).Build());

        Assert.Empty(tags);
    }

    [Fact]
    public async Task A_ticket_without_a_known_caller_gets_no_label()
    {
        using var harness = PluginHarness.For<VipCallerTagger>(Settings);

        var tags = await ProposeAsync(harness, contact: null);

        Assert.Empty(tags);
    }

    [Fact]
    public async Task The_organisation_chooses_the_label()
    {
        using var harness = PluginHarness.For<VipCallerTagger>("""{"vipDomains": ["contoso.example"], "label": "account:key"}""");

        var tags = await ProposeAsync(harness, new ContactBuilder().WithEmail("sam@contoso.example").Build());

        Assert.Equal("account:key", Assert.Single(tags).Name);
    }

    private static async Task<IReadOnlyList<TagProposal>> ProposeAsync(PluginHarness harness, HelpDesk.Sdk.Domain.Contact? contact)
    {
        var request = new TaggingRequest { Ticket = new TicketBuilder().WithSubject("Invoice is wrong").Build(), Contact = contact };
        return await harness.Get<ITagger>().ProposeAsync(request, harness.Context, TestContext.Current.CancellationToken);
    }
}
