using HelpDesk.Engine;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HelpDesk.Host;

/// <summary>Ready when the store is initialised and answers a read of the default organisation within 5 s.</summary>
internal sealed class StoreHealthCheck(StoreReadiness readiness, IOrganizationStore organizations, IOptions<HelpDeskOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (readiness.Problem is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await organizations.FindAsync(options.Value.DefaultOrganization.Id, timeout.Token);
            return HealthCheckResult.Healthy("The store answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store does not answer: {e.GetType().Name}.");
        }
    }
}
