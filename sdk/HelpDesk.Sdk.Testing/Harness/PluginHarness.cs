using System.Reflection;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// Runs a plugin the way the host does, without a host: reads and checks its <c>plugin.json</c>, runs its
/// registrator into a service collection that already holds the clock and logging, builds the container with
/// scope and build validation, and starts every component. Components are then called with <see cref="Context"/>.
/// </summary>
/// <example>
/// <code>
/// using var harness = PluginHarness.For&lt;MyTagger&gt;("""{"label": "vip"}""");
/// var tags = await harness.Get&lt;ITagger&gt;().ProposeAsync(request, harness.Context, CancellationToken.None);
/// </code>
/// </example>
public sealed class PluginHarness : IDisposable
{
    private readonly ServiceProvider services;

    private PluginHarness(Assembly assembly, string? settingsJson, string? manifestPath)
    {
        var componentTypes = ComponentDiscovery.ComponentTypes(assembly);
        Manifest = ManifestReader.Read(assembly, manifestPath);
        if (Manifest is not null && ManifestChecks.Problems(Manifest, assembly, componentTypes) is { Count: > 0 } problems)
        {
            throw new PluginHarnessException(problems);
        }

        Context = new TestPluginContext(ReadSettings(settingsJson), pluginId: Manifest?.Id ?? TestDefaults.PluginId);
        services = PluginContainer.Build(assembly, Context.Clock, Context.Log);
        try
        {
            Components = [.. componentTypes.Select(type => PluginContainer.Create(services, type))];
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    /// <summary>Gets the plugin's manifest, or <see langword="null"/> when none was found (then nothing was checked against one).</summary>
    public PluginManifest? Manifest { get; }

    /// <summary>Gets the context to pass to the components: organisation, fake clock, log, settings and store.</summary>
    public TestPluginContext Context { get; }

    /// <summary>Gets the fake clock the components and the context share.</summary>
    public FakeTimeProvider Clock => Context.Clock;

    /// <summary>Gets the log that records what the components and their services wrote.</summary>
    public TestLog Log => Context.Log;

    /// <summary>Gets the plugin's service provider, as its registrator filled it.</summary>
    public IServiceProvider Services => services;

    /// <summary>Gets every component the plugin provides, in the order of their full type names.</summary>
    public IReadOnlyList<object> Components { get; }

    /// <summary>Starts the plugin that contains <typeparamref name="TComponent"/>.</summary>
    /// <typeparam name="TComponent">Any type of the plugin's assembly, normally one of its components.</typeparam>
    /// <param name="settingsJson">The organisation's settings as a JSON object; the manifest's defaults fill the rest.</param>
    /// <param name="manifestPath">The <c>plugin.json</c> to check, relative to the test's base directory or absolute; by default the one beside the assembly, when it names that assembly.</param>
    /// <returns>The harness.</returns>
    /// <exception cref="PluginHarnessException">The plugin would not load in the host.</exception>
    public static PluginHarness For<TComponent>(string? settingsJson = null, string? manifestPath = null) =>
        ForAssembly(typeof(TComponent).Assembly, settingsJson, manifestPath);

    /// <summary>Starts the plugin in an assembly.</summary>
    /// <param name="pluginAssembly">The plugin's main assembly.</param>
    /// <param name="settingsJson">The organisation's settings as a JSON object; the manifest's defaults fill the rest.</param>
    /// <param name="manifestPath">The <c>plugin.json</c> to check, relative to the test's base directory or absolute; by default the one beside the assembly, when it names that assembly.</param>
    /// <returns>The harness.</returns>
    /// <exception cref="PluginHarnessException">The plugin would not load in the host.</exception>
    public static PluginHarness ForAssembly(Assembly pluginAssembly, string? settingsJson = null, string? manifestPath = null)
    {
        ArgumentNullException.ThrowIfNull(pluginAssembly);
        return new(pluginAssembly, settingsJson, manifestPath);
    }

    /// <summary>Gets the plugin's only component of a type.</summary>
    /// <typeparam name="T">A kind's interface (for example <c>ITagger</c>) or a component class.</typeparam>
    /// <returns>The component.</returns>
    /// <exception cref="InvalidOperationException">The plugin has no component, or more than one, of that type.</exception>
    public T Get<T>()
        where T : class
    {
        var matches = All<T>();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"The plugin has {matches.Count} components of type {typeof(T).Name}; Get<T> needs exactly one (use All<T> for several).");
    }

    /// <summary>Gets every component of the plugin of a type.</summary>
    /// <typeparam name="T">A kind's interface or a component class.</typeparam>
    /// <returns>The components, possibly none.</returns>
    public IReadOnlyList<T> All<T>()
        where T : class => [.. Components.OfType<T>()];

    /// <summary>Replaces the organisation's settings, checked against the manifest and completed with its defaults.</summary>
    /// <param name="settingsJson">The settings as a JSON object.</param>
    /// <exception cref="PluginHarnessException">A setting is not declared or does not have the declared type.</exception>
    public void UseSettings(string settingsJson)
    {
        ArgumentNullException.ThrowIfNull(settingsJson);
        Context.Settings = ReadSettings(settingsJson);
    }

    /// <summary>Disposes the plugin's service provider and the services it created.</summary>
    public void Dispose() => services.Dispose();

    private PluginSettings ReadSettings(string? settingsJson) => Manifest is null
        ? string.IsNullOrWhiteSpace(settingsJson) ? PluginSettings.Empty : PluginSettings.FromJson(settingsJson)
        : SettingsConformance.Apply(Manifest, settingsJson);
}
