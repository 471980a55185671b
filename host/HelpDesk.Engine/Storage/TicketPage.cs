using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>One page of tickets.</summary>
/// <param name="Items">The tickets, in the requested order.</param>
/// <param name="HasMore">Whether more tickets follow in the same direction.</param>
public sealed record TicketPage(IReadOnlyList<Ticket> Items, bool HasMore);
