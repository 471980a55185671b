namespace HelpDesk.Sdk.Domain;

/// <summary>
/// A message taken for someone who could not take a call, complete enough to call back without asking again, and
/// tracked until the caller was called back.
/// </summary>
public sealed record CallerMessage
{
    /// <summary>Gets the message's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that owns it.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket it belongs to (a ticket of its own, tagged <c>message</c>, when none was named).</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the caller's first name.</summary>
    public required string CallerFirstName { get; init; }

    /// <summary>Gets the caller's last name.</summary>
    public required string CallerLastName { get; init; }

    /// <summary>Gets the caller's organisation.</summary>
    public required string CallerOrganization { get; init; }

    /// <summary>Gets the person or team the message is for.</summary>
    public required string For { get; init; }

    /// <summary>Gets the E.164 number to call back on (for example <c>+31201234567</c>).</summary>
    public required string Phone { get; init; }

    /// <summary>Gets the message.</summary>
    public required string Text { get; init; }

    /// <summary>Gets how urgently to call back.</summary>
    public MessageUrgency Urgency { get; init; } = MessageUrgency.Normal;

    /// <summary>Gets the start of the time the caller can be called back.</summary>
    public required DateTimeOffset CallBackFrom { get; init; }

    /// <summary>Gets the end of the time the caller can be called back.</summary>
    public required DateTimeOffset CallBackTo { get; init; }

    /// <summary>Gets the caller's IANA time zone (for example <c>Europe/Amsterdam</c>).</summary>
    public required string CallerTimeZone { get; init; }

    /// <summary>Gets the date and time of the call.</summary>
    public required DateTimeOffset CalledAt { get; init; }

    /// <summary>Gets the agent who took the message.</summary>
    public required string TakenBy { get; init; }

    /// <summary>Gets whether the caller was called back.</summary>
    public MessageStatus Status { get; init; } = MessageStatus.Open;

    /// <summary>Gets who called the caller back, once done.</summary>
    public string? CalledBackBy { get; init; }

    /// <summary>Gets when the caller was called back, once done.</summary>
    public DateTimeOffset? CalledBackAt { get; init; }

    /// <summary>Gets what came of the call-back, once done.</summary>
    public string? CallBackOutcome { get; init; }

    /// <summary>Gets when the message was reported overdue (the window passed without a call-back), if it was.</summary>
    public DateTimeOffset? OverdueAt { get; init; }

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;
}
