using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// Takes a plugin out of service for one organisation after <see cref="HelpDeskOptions.PluginFailureThreshold"/>
/// failures in a row (exceptions, time-outs), for <see cref="HelpDeskOptions.PluginOutOfServiceTime"/>; then one call
/// is let through – a success puts it back in service, a failure takes it out again. Other organisations are not affected.
/// </summary>
public sealed class PluginCircuitBreaker(IOptions<HelpDeskOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string OrganizationId, string PluginId), PluginHealth> states = new();

    // Until a plugin first fails, every call of a healthy desk skips the look-ups.
    private volatile bool anyFailed;

    /// <summary>Gets the health of a plugin for an organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <returns>Its recent failures and, when out of service, until when.</returns>
    public PluginHealth HealthOf(string organizationId, string pluginId)
    {
        if (!anyFailed)
        {
            return PluginHealth.Healthy;
        }

        var health = states.GetValueOrDefault((organizationId, pluginId)) ?? PluginHealth.Healthy;
        return health.OutOfServiceUntil is { } until && until <= clock.GetUtcNow() ? health with { OutOfServiceUntil = null } : health;
    }

    /// <summary>Tells whether a call may go to the plugin now.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <returns>Whether it is in service.</returns>
    public bool Allows(string organizationId, string pluginId) => HealthOf(organizationId, pluginId).OutOfServiceUntil is null;

    /// <summary>Records a successful call: the plugin is in service, its failure count back to zero.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    public void Succeeded(string organizationId, string pluginId)
    {
        // The look-up takes no lock; most calls find nothing to clear.
        if (!anyFailed)
        {
            return;
        }

        var key = (organizationId, pluginId);
        if (states.ContainsKey(key))
        {
            states.TryRemove(key, out _);
        }
    }

    /// <summary>Records a failed call; at the threshold the plugin goes out of service.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="error">What went wrong.</param>
    /// <returns>The plugin's health after the failure.</returns>
    public PluginHealth Failed(string organizationId, string pluginId, string error)
    {
        anyFailed = true;
        return states.AddOrUpdate(
            (organizationId, pluginId),
            _ => Next(PluginHealth.Healthy, error),
            (_, health) => Next(health, error));
    }

    private PluginHealth Next(PluginHealth health, string error)
    {
        var failures = health.ConsecutiveFailures + 1;
        var now = clock.GetUtcNow();
        var outOfService = failures >= options.Value.PluginFailureThreshold ? now + options.Value.PluginOutOfServiceTime : (DateTimeOffset?)null;
        return new PluginHealth(failures, error, now, outOfService);
    }
}

/// <summary>How a plugin has been doing for one organisation.</summary>
/// <param name="ConsecutiveFailures">Failures since the last success.</param>
/// <param name="LastError">The last failure's message, if any.</param>
/// <param name="LastFailureAt">When it last failed, if ever.</param>
/// <param name="OutOfServiceUntil">When it is called again, while it is out of service; otherwise <see langword="null"/>.</param>
public sealed record PluginHealth(int ConsecutiveFailures, string? LastError, DateTimeOffset? LastFailureAt, DateTimeOffset? OutOfServiceUntil)
{
    /// <summary>Gets the health of a plugin that has not failed.</summary>
    public static PluginHealth Healthy { get; } = new(0, null, null, null);
}
