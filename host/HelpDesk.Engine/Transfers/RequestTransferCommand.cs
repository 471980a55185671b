namespace HelpDesk.Engine.Transfers;

/// <summary>What an agent gives to ask another agent or team to take a ticket (a warm transfer).</summary>
public sealed record RequestTransferCommand
{
    /// <summary>Gets the ticket.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the agent or team asked to take it.</summary>
    public string? To { get; init; }

    /// <summary>Gets the agent or team asking; the acting API key when not given.</summary>
    public string? From { get; init; }

    /// <summary>Gets the caller's name and details, passed on before connecting.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the number the caller can use to reach the receiving side directly next time, with country code.</summary>
    public string? DirectNumber { get; init; }

    /// <summary>Gets who asks (the API key acting).</summary>
    public required string ActorId { get; init; }
}
