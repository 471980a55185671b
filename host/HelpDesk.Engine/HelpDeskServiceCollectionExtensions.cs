using HelpDesk.Engine;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Escalation;
using HelpDesk.Engine.Greetings;
using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Surveys;
using HelpDesk.Engine.Organizations;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Review;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the help desk engine to a service collection.</summary>
public static class HelpDeskServiceCollectionExtensions
{
    /// <summary>Adds the engine's services; chain a store (<c>UseEmbeddedStore</c>) and plugin loading on the builder.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for further help desk configuration.</returns>
    public static IHelpDeskBuilder AddHelpDesk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<HelpDeskOptions>()
            .BindConfiguration(HelpDeskOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultOrganization.TimeZone, out _), "HelpDesk:DefaultOrganization:TimeZone must be an IANA time zone such as Europe/Amsterdam.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<StoreReadiness>();
        services.TryAddSingleton<DefaultOrganizationSeeder>();
        services.AddHostedService<StoreInitialization>();

        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<DeskPlugins>();
        services.TryAddSingleton<PluginInvoker>();
        services.TryAddSingleton<TicketTagging>();
        services.TryAddSingleton<TicketEscalation>();
        services.TryAddSingleton<EscalationSweep>();
        services.TryAddSingleton<EscalationSimulator>();
        services.AddHostedService<EscalationTimer>();
        services.TryAddSingleton<TicketService>();
        services.TryAddSingleton<TicketChangeRunner>();
        services.TryAddSingleton<TicketLifecycle>();
        services.TryAddSingleton<GreetingService>();
        services.TryAddSingleton<ReplyReviewService>();
        services.TryAddSingleton<SurveyService>();
        services.TryAddSingleton<SurveyFollowUps>();
        services.TryAddSingleton<TicketResolution>();
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<JobScheduler>();
        services.AddHostedService<SchedulerService>();
        services.TryAddSingleton<MetricProjector>();
        services.TryAddSingleton<MetricsService>();
        services.TryAddSingleton<MetricProjection>();
        services.AddHostedService(sp => sp.GetRequiredService<MetricProjection>());
        services.TryAddSingleton<ApiKeyService>();
        services.TryAddSingleton<ContactService>();
        services.TryAddSingleton<AssetService>();
        services.TryAddSingleton<FirstAdminKey>();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        return new HelpDeskBuilder(services);
    }

    private sealed record HelpDeskBuilder(IServiceCollection Services) : IHelpDeskBuilder;
}
