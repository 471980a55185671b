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
}
