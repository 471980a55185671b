using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>Which transfer requests to list; null members do not filter.</summary>
public sealed record TransferRequestFilter
{
    /// <summary>Gets the ticket the requests are about.</summary>
    public string? TicketId { get; init; }

    /// <summary>Gets the receiving agent or team, matched by <see cref="AddresseeKey"/>.</summary>
    public string? To { get; init; }

    /// <summary>Gets the status.</summary>
    public TransferRequestStatus? Status { get; init; }

    /// <summary>Gets the most requests to return.</summary>
    public int Limit { get; init; } = 100;
}
