using HelpDesk.Plugins.Surveys;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Surveys;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Surveys;

/// <summary>Starts the surveys plugin with its real manifest.</summary>
internal static class SurveysHarness
{
    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<SatisfactionSurveyPolicy>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.Surveys"));

    public static ValueTask<SurveyDefinition?> PlanAsync(this PluginHarness harness, Ticket ticket, DomainEvent domainEvent) =>
        harness.Get<ISurveyPolicy>().PlanAsync(new SurveyRequest { Ticket = ticket, Event = domainEvent }, harness.Context, TestContext.Current.CancellationToken);

    public static ValueTask<SurveyScore> ScoreAsync(this PluginHarness harness, SurveyResponse response) =>
        harness.Get<ISurveyPolicy>().ScoreAsync(response, harness.Context, TestContext.Current.CancellationToken);

    public static SurveyResponseBuilder Response(int? csat = null, int? nps = null)
    {
        var builder = new SurveyResponseBuilder().WithId("r-1").ForTicket(new TicketBuilder().WithId("ticket-42").Build());
        builder = csat is { } c ? builder.WithCsat(c) : builder;
        return nps is { } n ? builder.WithNps(n) : builder;
    }
}
