namespace HelpDesk.Sdk.Domain;

/// <summary>One conversation with a caller (call, chat or e-mail thread) about a ticket.</summary>
public sealed record Interaction
{
    /// <summary>Gets the interaction's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that owns it.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket it is about.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the id of the caller, if known.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the id of the agent handling it.</summary>
    public required string AgentId { get; init; }

    /// <summary>Gets how the caller reached the desk.</summary>
    public InteractionChannel Channel { get; init; } = InteractionChannel.Phone;

    /// <summary>Gets the step the conversation is in.</summary>
    public CallStep Step { get; init; } = CallStep.Greeting;

    /// <summary>Gets when it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when it ended, if it has.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Gets the name the agent introduces themselves with, for the call scripts; the agent's id when not given.</summary>
    public string? AgentName { get; init; }

    /// <summary>Gets the steps in the order they were entered, each with its time; the time spent in a step runs to the next entry (or the end).</summary>
    public IReadOnlyList<InteractionStepEntry> Steps { get; init; } = [];

    /// <summary>Gets the times the caller was put on hold, oldest first; the last one is open while the caller waits.</summary>
    public IReadOnlyList<InteractionHold> Holds { get; init; } = [];

    /// <summary>Gets the time the caller spent on finished holds, added up.</summary>
    public TimeSpan TotalHoldTime { get; init; }

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;
}
