using System.Text.Json;
using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// An <see cref="IPluginContext"/> for tests: a fake clock the test moves, a log the test reads,
/// settings the test chooses and an in-memory store the test can inspect.
/// </summary>
public sealed class TestPluginContext : IPluginContext
{
    private IPluginSettings settings;

    /// <summary>Creates a context.</summary>
    /// <param name="settings">The plugin's settings; empty when not given.</param>
    /// <param name="organizationId">The organisation the calls are for.</param>
    /// <param name="pluginId">The plugin's id.</param>
    /// <param name="clock">The clock; a new one at <see cref="TestDefaults.Now"/> when not given.</param>
    /// <param name="log">The log; a new one when not given.</param>
    /// <param name="store">The store; a new, empty one when not given.</param>
    public TestPluginContext(
        IPluginSettings? settings = null,
        string organizationId = TestDefaults.OrganizationId,
        string pluginId = TestDefaults.PluginId,
        FakeTimeProvider? clock = null,
        TestLog? log = null,
        InMemoryPluginStore? store = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        this.settings = settings ?? PluginSettings.Empty;
        OrganizationId = organizationId;
        PluginId = pluginId;
        Clock = clock ?? new FakeTimeProvider(TestDefaults.Now);
        Log = log ?? new TestLog();
        Logger = Log.CreateLogger(pluginId);
        Store = store ?? new InMemoryPluginStore();
    }

    /// <inheritdoc />
    public string OrganizationId { get; }

    /// <inheritdoc />
    public string PluginId { get; }

    /// <summary>Gets the fake clock; move it with <see cref="FakeTimeProvider.Advance"/> or <see cref="FakeTimeProvider.SetUtcNow"/>.</summary>
    public FakeTimeProvider Clock { get; }

    TimeProvider IPluginContext.Clock => Clock;

    /// <inheritdoc />
    public ILogger Logger { get; }

    /// <summary>Gets the log every entry of <see cref="Logger"/> is recorded in.</summary>
    public TestLog Log { get; }

    /// <summary>Gets or sets the plugin's settings; a test may replace them between calls.</summary>
    public IPluginSettings Settings
    {
        get => settings;
        set => settings = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the in-memory store.</summary>
    public InMemoryPluginStore Store { get; }

    IPluginStore IPluginContext.Store => Store;

    /// <summary>Creates a context whose settings are read from a JSON object.</summary>
    /// <param name="settingsJson">The settings, for example <c>{"maxTransfers": 3}</c>.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException">The text is not a JSON object.</exception>
    public static TestPluginContext WithSettings(string settingsJson)
    {
        ArgumentNullException.ThrowIfNull(settingsJson);
        return new(PluginSettings.FromJson(settingsJson));
    }

    /// <summary>Creates a context whose settings are the given values, each serialised to JSON.</summary>
    /// <param name="values">The settings by name, for example <c>["maxTransfers"] = 3</c>.</param>
    /// <returns>The context.</returns>
    public static TestPluginContext WithSettings(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(ToSettings(values));
    }

    /// <summary>Turns plain values into plugin settings, serialising each value to JSON.</summary>
    /// <param name="values">The settings by name.</param>
    /// <returns>The settings.</returns>
    public static PluginSettings ToSettings(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(values.ToDictionary(v => v.Key, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal));
    }
}
