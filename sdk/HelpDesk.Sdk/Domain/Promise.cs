namespace HelpDesk.Sdk.Domain;

/// <summary>
/// A commitment an agent made to a caller on a ticket ("I will call you back by 15:00 today"), with a concrete due time,
/// so it can be reminded of, kept, and counted in the share of promises kept on time.
/// </summary>
public sealed record Promise
{
    /// <summary>Gets the promise's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that owns the ticket.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket the promise was made on.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the id of the interaction (call, chat, e-mail) it was made in, if known.</summary>
    public string? InteractionId { get; init; }

    /// <summary>Gets what was promised, in the agent's words.</summary>
    public required string Text { get; init; }

    /// <summary>Gets when the promise must be kept.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets the id of the agent who made it.</summary>
    public required string MadeBy { get; init; }

    /// <summary>Gets when it was made.</summary>
    public required DateTimeOffset MadeAt { get; init; }

    /// <summary>Gets where it stands.</summary>
    public PromiseStatus Status { get; init; } = PromiseStatus.Open;

    /// <summary>Gets when the agent was reminded that it is due soon, if they were.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>Gets when it was marked overdue, if it was.</summary>
    public DateTimeOffset? OverdueAt { get; init; }

    /// <summary>Gets when it was kept or broken, if it was.</summary>
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>Gets who kept or broke it, if someone did.</summary>
    public string? SettledBy { get; init; }

    /// <summary>Gets why it was broken, if it was.</summary>
    public string? BrokenReason { get; init; }

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;
}
