namespace HelpDesk.Sdk.Plugins;

/// <summary>A plugin manifest is missing, unreadable or invalid; the message names the field at fault.</summary>
public sealed class PluginManifestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public PluginManifestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a field.</summary>
    /// <param name="message">What is wrong, naming the field.</param>
    /// <param name="field">The manifest field at fault.</param>
    public PluginManifestException(string message, string field)
        : base(message) => Field = field;

    /// <summary>Creates the exception from an underlying error.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public PluginManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the manifest field at fault, if known.</summary>
    public string? Field { get; }
}
