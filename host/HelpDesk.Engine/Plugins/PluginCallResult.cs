namespace HelpDesk.Engine.Plugins;

/// <summary>The outcome of one call into a plugin component.</summary>
/// <typeparam name="T">The value the call returns.</typeparam>
/// <param name="PluginId">The plugin called.</param>
/// <param name="Value">The value, when the call succeeded.</param>
/// <param name="Error">What went wrong (exception message or time-out), when it failed.</param>
/// <param name="InputField">The request field the plugin said was missing or wrong, when the failure is the caller's to fix.</param>
public sealed record PluginCallResult<T>(string PluginId, T? Value, string? Error, string? InputField = null)
{
    /// <summary>Gets whether the call returned a value.</summary>
    public bool Succeeded => Error is null;
}
