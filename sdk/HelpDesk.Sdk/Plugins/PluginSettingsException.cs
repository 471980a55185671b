namespace HelpDesk.Sdk.Plugins;

/// <summary>A plugin setting is missing or does not have the declared shape; the message names the setting.</summary>
public sealed class PluginSettingsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="setting">The setting's name.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public PluginSettingsException(string setting, string message, Exception? innerException = null)
        : base(message, innerException) => Setting = setting;

    /// <summary>Gets the name of the setting at fault.</summary>
    public string Setting { get; }
}
