using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Transfers;

/// <summary>
/// Warns against passing a caller around: a ticket that was transferred before gets a warning with its next transfer
/// request. The transfer is still allowed – the warning is for the agent; escalation policies count transfers too.
/// </summary>
public static class RoundRobinGuard
{
    /// <summary>The warnings for a new transfer of a ticket.</summary>
    /// <param name="ticket">The ticket as it is now.</param>
    /// <param name="to">Where it would go.</param>
    /// <returns>The warnings; empty for a first transfer.</returns>
    public static IReadOnlyList<string> Warn(Ticket ticket, string to)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.TransferCount == 0)
        {
            return [];
        }

        var times = ticket.TransferCount == 1 ? "once" : $"{ticket.TransferCount} times";
        return [$"This ticket was already transferred {times}. Avoid passing the caller around: make sure {to} is the right place, or keep the ticket and ask for help instead."];
    }
}
