using System.Reflection;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing;

/// <summary>Finds a plugin's components and registrator the way the host's scanner does.</summary>
internal static class ComponentDiscovery
{
    /// <summary>Public, non-abstract classes that implement at least one kind's interface.</summary>
    public static IReadOnlyList<Type> ComponentTypes(Assembly assembly) =>
        [.. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && PluginKinds.Of(t).Count > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The kinds the component types provide.</summary>
    public static IReadOnlySet<string> KindsOf(IEnumerable<Type> componentTypes) =>
        componentTypes.SelectMany(PluginKinds.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>The plugin's registrator, if it has one; more than one is refused.</summary>
    public static Type? Registrator(Assembly assembly)
    {
        var registrators = GetLoadableTypes(assembly)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPluginRegistrator).IsAssignableFrom(t))
            .ToList();
        return registrators.Count switch
        {
            0 => null,
            1 => registrators[0],
            _ => throw new PluginHarnessException(
                [$"{assembly.GetName().Name} has {registrators.Count} registrators ({string.Join(", ", registrators.Select(r => r.Name))}); a plugin may have at most one."]),
        };
    }

    private static Type[] GetLoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var causes = e.LoaderExceptions.OfType<Exception>().Select(x => x.Message).Distinct().Take(3);
            throw new PluginHarnessException([$"Types of {assembly.GetName().Name} could not be loaded: {string.Join(" ", causes)}"], e);
        }
    }
}
