namespace HelpDesk.Engine.Storage;

/// <summary>
/// The free-text fields an erasure redacts, per kind of stored document, as paths of element names (a path through a
/// list reaches every item). Both stores redact exactly these, so they cannot drift apart; ids, statuses, times and
/// numbers are never touched, which keeps metrics as they were.
/// </summary>
public static class ErasableText
{
    /// <summary>Gets the fields of tickets.</summary>
    public static IReadOnlyList<string> Tickets { get; } = ["subject", "description"];

    /// <summary>Gets the fields of notes and replies.</summary>
    public static IReadOnlyList<string> Notes { get; } = ["text"];

    /// <summary>Gets the fields of messages taken for callers.</summary>
    public static IReadOnlyList<string> Messages { get; } = ["callerFirstName", "callerLastName", "callerOrganization", "phone", "text", "callBackOutcome"];

    /// <summary>Gets the fields of promises.</summary>
    public static IReadOnlyList<string> Promises { get; } = ["text", "brokenReason"];

    /// <summary>Gets the fields of warm transfer requests.</summary>
    public static IReadOnlyList<string> TransferRequests { get; } = ["summary", "declineReason"];

    /// <summary>Gets the fields of survey responses.</summary>
    public static IReadOnlyList<string> SurveyResponses { get; } = ["answers.text"];

    /// <summary>Gets the fields of events (each event type has the ones it has).</summary>
    public static IReadOnlyList<string> Events { get; } = ["text", "summary", "reason", "outcome", "scriptLines", "response.answers.text", "answers.text"];
}
