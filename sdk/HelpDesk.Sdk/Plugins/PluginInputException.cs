namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// Thrown by a component when the request lacks something the caller can supply (for example a
/// placeholder value a script needs). The host shows the message to the caller as an input error
/// naming <see cref="Field"/>, instead of treating the plugin as failed.
/// </summary>
public sealed class PluginInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The request field or value at fault, for example <c>reason</c>.</param>
    /// <param name="message">What is missing or wrong, as a sentence for the caller.</param>
    public PluginInputException(string field, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        Field = field;
    }

    /// <summary>Gets the request field or value at fault.</summary>
    public string Field { get; }
}
