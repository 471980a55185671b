using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Tagging;

/// <summary>A ticket (and optionally a new note on it) to propose labels for.</summary>
public sealed record TaggingRequest
{
    /// <summary>Gets the ticket as it is now.</summary>
    public required Ticket Ticket { get; init; }

    /// <summary>Gets the note just written, when tagging is triggered by a note.</summary>
    public Note? Note { get; init; }

    /// <summary>Gets the caller, if known.</summary>
    public Contact? Contact { get; init; }
}
