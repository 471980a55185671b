using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// Optional entry point of a plugin: registers services its components need. A plugin has at most
/// one registrator, with a public parameterless constructor. Components themselves are found by
/// scanning and need no registration.
/// </summary>
public interface IPluginRegistrator
{
    /// <summary>Adds the plugin's own services to its private service collection.</summary>
    /// <param name="services">The plugin's service collection; host services such as logging are already in it.</param>
    void Register(IServiceCollection services);
}
