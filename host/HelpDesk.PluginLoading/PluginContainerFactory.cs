using System.Reflection;
using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.PluginLoading;

/// <summary>
/// Builds a plugin's private service container – host logging and clock, the plugin's registrator,
/// its components found by scanning – and constructs every component once to prove it starts.
/// </summary>
internal sealed class PluginContainerFactory(ILoggerFactory loggerFactory, TimeProvider clock)
{
    public IReadOnlyList<PluginComponent> CreateComponents(Assembly assembly, PluginManifest manifest)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(clock);
        RunRegistrator(assembly, manifest, services);
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableToAny(PluginKinds.ComponentInterfaces.Values), publicOnly: true)
            .AsSelfWithInterfaces(IsKindInterface)
            .WithSingletonLifetime());

        var provider = Build(services, manifest);
        var components = new List<PluginComponent>();
        foreach (var (kind, contract) in PluginKinds.ComponentInterfaces)
        {
            components.AddRange(Resolve(provider, contract, manifest).Select(instance => new PluginComponent(kind, instance)));
        }

        CheckKinds(manifest, components);
        return components;
    }

    private static bool IsKindInterface(Type type) => PluginKinds.ComponentInterfaces.Values.Contains(type);

    private static void RunRegistrator(Assembly assembly, PluginManifest manifest, ServiceCollection services)
    {
        var registrators = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPluginRegistrator).IsAssignableFrom(t))
            .ToList();
        if (registrators.Count > 1)
        {
            throw new PluginRefusedException($"{manifest.Assembly} has {registrators.Count} registrators ({string.Join(", ", registrators.Select(r => r.Name))}); a plugin may have at most one.");
        }

        if (registrators.Count == 0)
        {
            return;
        }

        try
        {
            var registrator = (IPluginRegistrator)Activator.CreateInstance(registrators[0])!;
            registrator.Register(services);
        }
        catch (Exception e) when (e is not PluginRefusedException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PluginRefusedException($"The registrator {registrators[0].Name} failed: {cause.Message}", cause);
        }
    }

    private static ServiceProvider Build(ServiceCollection services, PluginManifest manifest)
    {
        try
        {
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        }
        catch (AggregateException e)
        {
            var causes = e.InnerExceptions.Select(x => x.Message).Take(3);
            throw new PluginRefusedException($"The services of {manifest.Id} cannot be built: {string.Join(" ", causes)}", e);
        }
    }

    private static IEnumerable<object> Resolve(ServiceProvider provider, Type contract, PluginManifest manifest)
    {
        try
        {
            return [.. provider.GetServices(contract).OfType<object>()];
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PluginRefusedException($"A {contract.Name} component of {manifest.Id} failed to start: {cause.GetType().Name}: {cause.Message}", cause);
        }
    }

    private static void CheckKinds(PluginManifest manifest, List<PluginComponent> components)
    {
        var provided = components.Select(c => c.Kind).ToHashSet(StringComparer.Ordinal);
        var missing = manifest.Kinds.Where(k => !provided.Contains(k)).ToList();
        if (missing.Count > 0)
        {
            throw new PluginRefusedException($"The manifest declares the kind(s) {string.Join(", ", missing)}, but the assembly has no public class implementing {string.Join(", ", missing.Select(k => PluginKinds.ComponentInterfaces[k].Name))}.");
        }

        var undeclared = provided.Where(k => !manifest.Kinds.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (undeclared.Count > 0)
        {
            throw new PluginRefusedException($"The assembly provides the kind(s) {string.Join(", ", undeclared)}, which the manifest does not declare in 'kinds'.");
        }
    }
}
