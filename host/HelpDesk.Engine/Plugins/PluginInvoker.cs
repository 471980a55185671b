using System.Diagnostics;
using HelpDesk.Engine.Telemetry;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// Calls plugin components with a time limit and contains their failures: an exception or a time-out
/// is logged and returned as a failed result, never thrown into the operation that called (only the caller giving up,
/// or a host fault while recording the result, is thrown). With a circuit breaker, a
/// plugin that keeps failing for an organisation is not called at all for a while (its result is a failure at once).
/// </summary>
public sealed partial class PluginInvoker(IOptions<HelpDeskOptions> options, ILogger<PluginInvoker> logger, PluginCircuitBreaker? breaker = null)
{
    /// <summary>Gets the time limit of one call.</summary>
    internal TimeSpan CallTimeout => options.Value.PluginCallTimeout;

    /// <summary>Calls a component.</summary>
    /// <typeparam name="TComponent">The kind's interface.</typeparam>
    /// <typeparam name="TResult">What the call returns.</typeparam>
    /// <param name="component">The component and its context.</param>
    /// <param name="call">The call to make.</param>
    /// <param name="cancellationToken">Cancels the call: the caller giving up is thrown, not reported as a failure.</param>
    /// <returns>The value or the failure; await it once.</returns>
    public ValueTask<PluginCallResult<TResult>> InvokeAsync<TComponent, TResult>(
        ActiveComponent<TComponent> component,
        Func<TComponent, CancellationToken, ValueTask<TResult>> call,
        CancellationToken cancellationToken)
    {
        if (breaker is not null && !breaker.Allows(component.Context.OrganizationId, component.PluginId))
        {
            var until = breaker.HealthOf(component.Context.OrganizationId, component.PluginId).OutOfServiceUntil;
            return new(new PluginCallResult<TResult>(component.PluginId, default, $"The plugin is out of service for this organisation until {until:u} after failing {options.Value.PluginFailureThreshold} times in a row."));
        }

        return cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<PluginCallResult<TResult>>(cancellationToken)
            : PluginCall<TComponent, TResult>.Start(this, component, call, cancellationToken);
    }

    /// <summary>Records a call that answered and makes its result.</summary>
    internal PluginCallResult<TResult> Answered<TComponent, TResult>(ActiveComponent<TComponent> component, TResult value, Activity? activity, long started)
    {
        breaker?.Succeeded(component.Context.OrganizationId, component.PluginId);
        Record(activity, component.PluginId, started, "ok");
        return new(component.PluginId, value, null);
    }

    /// <summary>Records a call that failed or ran out of time (a <see cref="TimeoutException"/>) and makes its result.</summary>
    internal PluginCallResult<TResult> Failed<TComponent, TResult>(ActiveComponent<TComponent> component, Exception failure, Activity? activity, long started)
    {
        if (failure is PluginInputException input)
        {
            return new(component.PluginId, default, input.Message, input.Field);
        }

        var timedOut = failure is TimeoutException or OperationCanceledException;
        var error = failure switch
        {
            _ when timedOut => $"The plugin did not answer within {CallTimeout.TotalMilliseconds:0} ms.",
            OutOfMemoryException => "The plugin ran out of memory: it asked for more than the host's heap limit allows.",
            _ => failure.Message,
        };
        Record(activity, component.PluginId, started, timedOut ? "timeout" : "error");
        LogFailure(logger, component.PluginId, typeof(TComponent).Name, error);
        if (breaker?.Failed(component.Context.OrganizationId, component.PluginId, error) is { OutOfServiceUntil: { } until } health && health.ConsecutiveFailures == options.Value.PluginFailureThreshold)
        {
            LogOutOfService(logger, component.PluginId, component.Context.OrganizationId, health.ConsecutiveFailures, until);
        }

        return new(component.PluginId, default, error);
    }

    private static void Record(Activity? activity, string pluginId, long started, string outcome)
    {
        activity?.SetTag("outcome", outcome);
        if (outcome != "ok")
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
        }

        // Building the tags costs more than the rest of a quick call: only when someone collects them.
        var failed = outcome != "ok" && HelpDeskTelemetry.PluginCallFailures.Enabled;
        if (HelpDeskTelemetry.PluginCallDuration.Enabled || failed)
        {
            var tags = new TagList { { "helpdesk.plugin.id", pluginId }, { "outcome", outcome } };
            HelpDeskTelemetry.PluginCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
            if (failed)
            {
                HelpDeskTelemetry.PluginCallFailures.Add(1, tags);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} is out of service for organisation {OrganizationId} until {Until} after {Failures} failures in a row.")]
    private static partial void LogOutOfService(ILogger logger, string pluginId, string organizationId, int failures, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} ({Kind}) failed: {Error}")]
    private static partial void LogFailure(ILogger logger, string pluginId, string kind, string error);
}
