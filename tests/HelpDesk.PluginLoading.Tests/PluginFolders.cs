using HelpDesk.Engine.Plugins;
using HelpDesk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace HelpDesk.PluginLoading.Tests;

/// <summary>A plugin directory assembled from the real built test plugins, and the host's real loader over it.</summary>
internal sealed class PluginFolders : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public string Root => directory.Path;

    public string Add(string builtPlugin, string? folderName = null) =>
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, builtPlugin), folderName ?? builtPlugin);

    public string AddEmpty(string folderName)
    {
        var path = directory.Combine(folderName);
        Directory.CreateDirectory(path);
        return path;
    }

    public IReadOnlyList<LoadedPlugin> LoadAll()
    {
        using var provider = BuildServices();
        return provider.GetRequiredService<IPluginLoader>().LoadAll(TestContext.Current.CancellationToken);
    }

    /// <summary>The host's plugin loading services over this directory.</summary>
    public ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Root });
        new LoaderOnly(services).AddPluginFolders(options => options.Directory = Root);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public void Dispose() => directory.Dispose();

    private sealed record LoaderOnly(IServiceCollection Services) : IHelpDeskBuilder;
}
