using System.Reflection;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// Builds a plugin's private service provider – the clock and logging the host gives every plugin, then
/// whatever its registrator adds – and creates each component from it, as the host does when it loads a plugin.
/// </summary>
internal static class PluginContainer
{
    public static ServiceProvider Build(Assembly assembly, TimeProvider clock, ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        if (ComponentDiscovery.Registrator(assembly) is { } registratorType)
        {
            Register(registratorType, services);
        }

        try
        {
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        }
        catch (AggregateException e)
        {
            throw new PluginHarnessException([.. e.InnerExceptions.Select(x => $"The plugin's services cannot be built: {x.Message}")], e);
        }
    }

    public static object Create(IServiceProvider services, Type componentType)
    {
        try
        {
            return ActivatorUtilities.CreateInstance(services, componentType);
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PluginHarnessException([$"The component {componentType.Name} failed to start: {cause.GetType().Name}: {cause.Message}"], cause);
        }
    }

    private static void Register(Type registratorType, ServiceCollection services)
    {
        try
        {
            var registrator = (IPluginRegistrator)Activator.CreateInstance(registratorType)!;
            registrator.Register(services);
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PluginHarnessException([$"The registrator {registratorType.Name} failed: {cause.GetType().Name}: {cause.Message}"], cause);
        }
    }
}
