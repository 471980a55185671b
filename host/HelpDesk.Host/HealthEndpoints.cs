namespace HelpDesk.Host;

/// <summary>Liveness (the process answers) and readiness (the store answers) endpoints.</summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddHelpDeskHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return services;
    }

    public static void MapHelpDeskHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
    }
}
