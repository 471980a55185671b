namespace HelpDesk.Sdk.Plugins;

/// <summary>An organisation's settings for one plugin, validated against the plugin's manifest, defaults applied.</summary>
public interface IPluginSettings
{
    /// <summary>Gets the names of the settings that have a value.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Reads a setting, or returns <paramref name="fallback"/> when it has no value.</summary>
    /// <typeparam name="T">The type to read the JSON value as.</typeparam>
    /// <param name="name">The setting's name as declared in the manifest.</param>
    /// <param name="fallback">The value to use when the setting is not set.</param>
    /// <returns>The setting's value.</returns>
    /// <exception cref="PluginSettingsException">The value cannot be read as <typeparamref name="T"/>.</exception>
    T Get<T>(string name, T fallback);

    /// <summary>Reads a setting that must have a value.</summary>
    /// <typeparam name="T">The type to read the JSON value as.</typeparam>
    /// <param name="name">The setting's name as declared in the manifest.</param>
    /// <returns>The setting's value.</returns>
    /// <exception cref="PluginSettingsException">The setting is not set or cannot be read as <typeparamref name="T"/>.</exception>
    T Require<T>(string name);
}
