using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// Calls plugin components with a time limit and contains their failures: an exception or a time-out
/// is logged and returned as a failed result, never thrown into the operation that called.
/// </summary>
public sealed partial class PluginInvoker(IOptions<HelpDeskOptions> options, ILogger<PluginInvoker> logger)
{
    /// <summary>Calls a component.</summary>
    /// <typeparam name="TComponent">The kind's interface.</typeparam>
    /// <typeparam name="TResult">What the call returns.</typeparam>
    /// <param name="component">The component and its context.</param>
    /// <param name="call">The call to make.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The value or the failure.</returns>
    public async Task<PluginCallResult<TResult>> InvokeAsync<TComponent, TResult>(
        ActiveComponent<TComponent> component,
        Func<TComponent, CancellationToken, ValueTask<TResult>> call,
        CancellationToken cancellationToken)
    {
        var timeout = options.Value.PluginCallTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            // WaitAsync also frees the caller when a component ignores its cancellation token.
            var value = await call(component.Component, limit.Token).AsTask().WaitAsync(timeout, cancellationToken);
            return new(component.PluginId, value, null);
        }
        catch (PluginInputException e)
        {
            return new(component.PluginId, default, e.Message, e.Field);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var error = e is TimeoutException or OperationCanceledException
                ? $"The plugin did not answer within {timeout.TotalMilliseconds:0} ms."
                : e.Message;
            LogFailure(logger, component.PluginId, typeof(TComponent).Name, error);
            return new(component.PluginId, default, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} ({Kind}) failed: {Error}")]
    private static partial void LogFailure(ILogger logger, string pluginId, string kind, string error);
}
