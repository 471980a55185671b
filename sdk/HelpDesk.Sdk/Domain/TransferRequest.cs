namespace HelpDesk.Sdk.Domain;

/// <summary>
/// A warm transfer waiting for the receiving agent or team: the caller's name and details are passed on before the call
/// is connected, with the direct number the caller can use next time.
/// </summary>
public sealed record TransferRequest
{
    /// <summary>Gets the request's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that owns it.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket to transfer.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the agent or team asked to take the ticket.</summary>
    public required string To { get; init; }

    /// <summary>Gets the agent or team asking, told when the request is accepted or declined.</summary>
    public required string From { get; init; }

    /// <summary>Gets the caller's name and details, passed on before connecting.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the E.164 number (for example <c>+31201234567</c>) the caller can use to reach the receiving side directly next time.</summary>
    public required string DirectNumber { get; init; }

    /// <summary>Gets how many times the ticket had been transferred when the request was made.</summary>
    public int PreviousTransferCount { get; init; }

    /// <summary>Gets the warnings given with the request (for example a round-robin warning).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Gets where the request stands.</summary>
    public TransferRequestStatus Status { get; init; } = TransferRequestStatus.Pending;

    /// <summary>Gets when it was requested.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>Gets when it is declined automatically if nobody accepted it.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Gets who accepted or declined it, once decided.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets when it was accepted or declined, once decided.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Gets why it was declined, when it was.</summary>
    public string? DeclineReason { get; init; }

    /// <summary>Gets the optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; init; } = 1;
}
