using HelpDesk.Sdk.Domain;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class LemonAssetTests
{
    [Theory]
    [InlineData(2, EscalationAction.Keep)]
    [InlineData(3, EscalationAction.Escalate)]
    public async Task A_unit_with_three_other_recent_tickets_goes_to_the_vendor(int earlierTickets, EscalationAction expected)
    {
        using var harness = Start();
        var ticket = harness.TicketOpenedNow(TicketPriority.Normal).WithAsset("asset-printer-7").Build();

        var decision = await harness.EvaluateAsync(ticket, Sdk.Testing.TestEvents.TicketOpened(ticket), assetTickets: earlierTickets);

        Assert.Equal(expected, decision.Action);
        if (expected == EscalationAction.Escalate)
        {
            Assert.Equal(SupportTier.Vendor, decision.Tier);
            Assert.Equal("The asset had 3 other recent tickets (lemon threshold 3): escalating from first level to the vendor to replace or take back the unit.", decision.Reason);
        }
    }

    [Fact]
    public async Task The_lemon_threshold_is_the_organisations_and_the_vendor_is_asked_once()
    {
        using var harness = Start("""{"lemonAssetThreshold": 5}""");
        var ticket = harness.TicketOpenedNow(TicketPriority.Normal).WithAsset("asset-printer-7").Build();

        var below = await harness.EvaluateAsync(ticket, assetTickets: 4);
        var at = await harness.EvaluateAsync(ticket, assetTickets: 5);
        var again = await harness.EvaluateAsync(ticket with { Tier = SupportTier.FirstLevel }, assetTickets: 6);

        Assert.Equal(EscalationAction.Keep, below.Action);
        Assert.Equal((EscalationAction.Escalate, SupportTier.Vendor), (at.Action, at.Tier));
        Assert.Equal(EscalationAction.Keep, again.Action);
    }
}
