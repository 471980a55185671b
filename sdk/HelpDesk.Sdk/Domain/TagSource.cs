namespace HelpDesk.Sdk.Domain;

/// <summary>Who put a tag on a ticket.</summary>
public enum TagSource
{
    /// <summary>A configured keyword rule.</summary>
    Rule,

    /// <summary>A plugin's own logic.</summary>
    Plugin,

    /// <summary>An agent by hand.</summary>
    Agent,
}
