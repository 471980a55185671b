using HelpDesk.Engine;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Escalation;
using HelpDesk.Engine.Greetings;
using HelpDesk.Engine.History;
using HelpDesk.Engine.Messages;
using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Surveys;
using HelpDesk.Engine.Organizations;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Promises;
using HelpDesk.Engine.Review;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Engine.Transfers;
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
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<DefaultOrganizationSeeder>();
        services.AddHostedService<StoreInitialization>();

        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<DeskPlugins>();
        services.TryAddSingleton<PluginCircuitBreaker>();
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
        services.TryAddSingleton<DeskService>();
        services.TryAddSingleton<DeskInstaller>();
        services.TryAddSingleton<DeskExporter>();
        services.TryAddSingleton<ReplyReviewService>();
        services.TryAddSingleton<SurveyService>();
        services.TryAddSingleton<SurveyFollowUps>();
        services.TryAddSingleton<TicketResolution>();
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<JobScheduler>();
        services.AddHostedService<SchedulerService>();
        services.TryAddSingleton<TransferService>();
        services.AddOptions<TransferOptions>().BindConfiguration(TransferOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, TransferTimeoutHandler>());
        services.TryAddSingleton<MessageService>();
        services.TryAddSingleton<MessageTicket>();
        services.TryAddSingleton<MessageReadBack>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, MessageOverdueHandler>());
        services.TryAddSingleton<MetricProjector>();
        services.TryAddSingleton<MetricsService>();
        services.TryAddSingleton<MetricProjection>();
        services.AddHostedService(sp => sp.GetRequiredService<MetricProjection>());
        services.TryAddSingleton<ApiKeyService>();
        services.TryAddSingleton<ContactService>();
        services.TryAddSingleton<AssetService>();
        services.TryAddSingleton<FirstAdminKey>();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        services.AddOptions<ApiKeyCacheOptions>().BindConfiguration(ApiKeyCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TicketChangeObservers>();
        services.AddOptions<PromiseOptions>().BindConfiguration(PromiseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PromiseChangeRunner>();
        services.TryAddSingleton<PromiseService>();
        services.TryAddSingleton<OverduePromiseEscalation>();
        services.TryAddSingleton<StatusUpdateReminders>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITicketChangeObserver, StatusUpdateReminders>(sp => sp.GetRequiredService<StatusUpdateReminders>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, PromiseDueSoonHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, PromiseOverdueHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, StatusUpdateDueHandler>());
        services.AddOptions<HistoryOptions>().BindConfiguration(HistoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<AssetRepairs>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITicketOpeningRule, LemonTagRule>());
        services.AddOptions<CallOptions>().BindConfiguration(CallOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<InteractionScripts>();
        services.TryAddSingleton<InteractionService>();
        services.TryAddSingleton<HoldQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, HoldCheckBackHandler>());
        return new HelpDeskBuilder(services);
    }

    private sealed record HelpDeskBuilder(IServiceCollection Services) : IHelpDeskBuilder;
}
