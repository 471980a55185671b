using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;

namespace HelpDesk.Plugins.Escalation.Rules;

/// <summary>
/// A unit that keeps coming back is a "lemon": another repair will not fix it, so the ticket goes to the vendor
/// to replace or take back the unit (RMA).
/// </summary>
internal sealed class LemonAssetRule : IEscalationRule
{
    /// <inheritdoc />
    public string CauseOf(EscalationFacts facts) => "lemon-asset";

    /// <inheritdoc />
    public EscalationDecision? Decide(EscalationFacts facts)
    {
        var earlier = facts.Request.AssetTicketCount;
        var threshold = facts.Settings.LemonAssetThreshold;
        if (facts.Ticket.AssetId is null || earlier < threshold || facts.Ticket.Tier == SupportTier.Vendor)
        {
            return null;
        }

        return EscalationDecision.EscalateTo(
            SupportTier.Vendor,
            $"The asset had {earlier} other recent tickets (lemon threshold {threshold}): escalating from {Tiers.Describe(facts.Ticket.Tier)} to {Tiers.Describe(SupportTier.Vendor)} to replace or take back the unit.");
    }
}
