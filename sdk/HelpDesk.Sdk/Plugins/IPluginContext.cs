using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// What a component receives on every call: the organisation it works for, the clock, a logger,
/// the organisation's settings for this plugin and the plugin's own small store.
/// Components are stateless; everything per organisation comes through here.
/// </summary>
public interface IPluginContext
{
    /// <summary>Gets the id of the organisation the call is for.</summary>
    string OrganizationId { get; }

    /// <summary>Gets the id of the plugin, as in its manifest.</summary>
    string PluginId { get; }

    /// <summary>Gets the clock to use; never read the system clock directly.</summary>
    TimeProvider Clock { get; }

    /// <summary>Gets a logger whose entries are tagged with the plugin and organisation.</summary>
    ILogger Logger { get; }

    /// <summary>Gets the organisation's settings for this plugin, defaults applied.</summary>
    IPluginSettings Settings { get; }

    /// <summary>Gets the plugin's key-value store for this organisation.</summary>
    IPluginStore Store { get; }
}
