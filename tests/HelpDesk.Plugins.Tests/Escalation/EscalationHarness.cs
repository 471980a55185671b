using HelpDesk.Plugins.Escalation;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Escalation;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Escalation;

/// <summary>Starts the escalation plugin with its real manifest and evaluates tickets at the harness clock's time.</summary>
internal static class EscalationHarness
{
    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<ServiceLevelEscalationPolicy>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.Escalation"));

    public static ValueTask<EscalationDecision> EvaluateAsync(
        this PluginHarness harness, Ticket ticket, DomainEvent? triggeringEvent = null, int repeatContacts = 0, int similarOpenTickets = 0, int assetTickets = 0, string timeZone = "UTC", int overduePromises = 0) =>
        harness.Get<IEscalationPolicy>().EvaluateAsync(
            new EscalationRequest
            {
                Ticket = ticket,
                Trigger = triggeringEvent is null ? EscalationTrigger.Timer : EscalationTrigger.Event,
                Event = triggeringEvent,
                Now = harness.Clock.GetUtcNow(),
                RepeatContactCount = repeatContacts,
                SimilarOpenTicketCount = similarOpenTickets,
                AssetTicketCount = assetTickets,
                OverduePromiseCount = overduePromises,
                TimeZone = timeZone,
            },
            harness.Context,
            TestContext.Current.CancellationToken);

    /// <summary>A ticket opened at the harness clock's current time.</summary>
    public static TicketBuilder TicketOpenedNow(this PluginHarness harness, TicketPriority priority = TicketPriority.High) =>
        new TicketBuilder().WithPriority(priority).CreatedAt(harness.Clock.GetUtcNow());
}
