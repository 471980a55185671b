using HelpDesk.Engine.Plugins;
using HelpDesk.PluginLoading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds plugin discovery and loading from folders to the help desk.</summary>
public static class PluginLoadingBuilderExtensions
{
    /// <summary>Loads plugins from the sub-folders of a directory at start-up.</summary>
    /// <param name="builder">The help desk builder.</param>
    /// <param name="configure">Adjusts the options after configuration is bound.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHelpDeskBuilder AddPluginFolders(this IHelpDeskBuilder builder, Action<PluginLoadingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<PluginLoadingOptions>()
            .BindConfiguration(PluginLoadingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<PluginCatalog>();
        builder.Services.TryAddSingleton<PluginContainerFactory>();
        builder.Services.TryAddSingleton<PluginFolderLoader>();
        builder.Services.TryAddSingleton<PluginDirectoryGate>();
        builder.Services.TryAddSingleton<IPluginFolderInstaller, PluginFolderInstaller>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IPluginLoader, PluginDirectoryLoader>());
        builder.Services.AddHostedService<PluginCatalogLoader>();
        builder.Services.TryAddSingleton<PluginDiscovery>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PluginDiscovery>());
        return builder;
    }
}
