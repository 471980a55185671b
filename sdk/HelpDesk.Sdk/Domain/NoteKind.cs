namespace HelpDesk.Sdk.Domain;

/// <summary>Whether a note is internal or was sent to the caller.</summary>
public enum NoteKind
{
    /// <summary>An internal note for other agents: what was tried, found and promised.</summary>
    Internal,

    /// <summary>A reply the caller receives.</summary>
    Reply,
}
