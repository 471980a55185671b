using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Tagging;

/// <summary>A label a tagger proposes for a ticket.</summary>
public sealed record TagProposal
{
    /// <summary>Gets the label, by convention <c>group:value</c> in lower case.</summary>
    public required string Name { get; init; }

    /// <summary>Gets how sure the tagger is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Gets whether a configured rule or the plugin's own logic produced it.</summary>
    public TagSource Source { get; init; } = TagSource.Rule;

    /// <summary>Gets why the label applies (for example the keyword that matched).</summary>
    public string? Reason { get; init; }
}
