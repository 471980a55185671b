using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Messages;

/// <summary>
/// Opens the ticket a message belongs to when the agent named none: a lightweight ticket tagged <c>message</c>, so the
/// message's events have a ticket like every other event and the call-back can be followed up like any request.
/// </summary>
public sealed class MessageTicket(TicketService tickets, TicketLifecycle lifecycle)
{
    /// <summary>The tag on tickets opened for a message.</summary>
    public const string Tag = "message";

    /// <summary>Opens the ticket of a message.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">The message, already validated.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ticket, or why it could not be opened.</returns>
    public async Task<OperationResult<Ticket>> OpenAsync(string organizationId, TakeMessageCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var subject = $"Message for {command.For!.Trim()} from {command.CallerFirstName!.Trim()} {command.CallerLastName!.Trim()}";
        var opened = await tickets.OpenAsync(
            organizationId,
            new OpenTicketCommand
            {
                Subject = subject.Length > 200 ? subject[..200] : subject,
                Description = command.Text!,
                Priority = Enum.Parse<TicketPriority>(command.Urgency!.Value.ToString()),
                ActorId = command.ActorId,
            },
            cancellationToken);
        return opened.Value is { } ticket
            ? await lifecycle.TagAsync(organizationId, ticket.Id, null, [Tag], [], command.ActorId ?? "system", cancellationToken)
            : opened;
    }
}
