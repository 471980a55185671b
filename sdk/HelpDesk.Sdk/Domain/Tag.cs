namespace HelpDesk.Sdk.Domain;

/// <summary>
/// A label on a ticket, by convention <c>group:value</c> (for example <c>priority:high</c>,
/// <c>service:email</c>, <c>caller:screamer</c>, <c>lemon</c>).
/// </summary>
public sealed record Tag
{
    /// <summary>Gets the label, lower case.</summary>
    public required string Name { get; init; }

    /// <summary>Gets who proposed the label.</summary>
    public TagSource Source { get; init; } = TagSource.Agent;

    /// <summary>Gets how sure the source was, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Gets the id of the plugin that proposed the label, if a plugin did.</summary>
    public string? PluginId { get; init; }
}
