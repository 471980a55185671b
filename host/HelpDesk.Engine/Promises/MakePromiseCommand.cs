namespace HelpDesk.Engine.Promises;

/// <summary>What an agent promises a caller.</summary>
public sealed record MakePromiseCommand
{
    /// <summary>Gets the ticket the promise is made on.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets what is promised, in the agent's words.</summary>
    public required string Text { get; init; }

    /// <summary>Gets when it will be kept; required – "as soon as possible" is no time a caller can hold the desk to.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Gets the interaction it is made in, if known (stored as given).</summary>
    public string? InteractionId { get; init; }

    /// <summary>Gets the agent who makes it.</summary>
    public required string ActorId { get; init; }
}
