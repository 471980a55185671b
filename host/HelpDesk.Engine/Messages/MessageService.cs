using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Messages;

/// <summary>
/// Takes messages for people who could not take a call, delivers them to the addressee (as <see cref="MessageTaken"/>
/// events), and tracks them until the caller was called back; a message still open when its call-back window ends is
/// reported overdue by a scheduled job.
/// </summary>
public sealed class MessageService(
    IMessageStore messages, ITicketStore tickets, MessageTicket messageTicket, MessageReadBack readBack, IScheduleStore schedule, TimeProvider clock)
{
    /// <summary>The most messages one list returns.</summary>
    public const int MaxListSize = 100;

    /// <summary>Takes a message: checks it is complete, stores it, schedules the overdue check and renders the read-back.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">What the agent typed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The message and its read-back, or every problem with the input.</returns>
    public async Task<OperationResult<TakenMessage>> TakeAsync(string organizationId, TakeMessageCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var errors = MessageValidator.Validate(command, now).ToList();
        if (command.TicketId is { } named && await tickets.FindAsync(organizationId, named, cancellationToken) is null)
        {
            errors.Insert(0, UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound));
        }

        if (errors.Count > 0)
        {
            return OperationResult<TakenMessage>.Failure(errors);
        }

        var ticketId = command.TicketId;
        if (ticketId is null)
        {
            var opened = await messageTicket.OpenAsync(organizationId, command, cancellationToken);
            if (opened.Value is null)
            {
                return OperationResult<TakenMessage>.Failure(opened.Errors);
            }

            ticketId = opened.Value.Id;
        }

        var message = Create(organizationId, ticketId, command, now);
        var taken = new MessageTaken
        {
            Id = Ids.New(clock), OrganizationId = organizationId, TicketId = ticketId, OccurredAt = now, ActorId = command.ActorId,
            MessageId = message.Id, For = message.For, Urgency = message.Urgency, CallBackTo = message.CallBackTo,
        };
        await messages.InsertAsync(message, [taken], cancellationToken);
        await schedule.ScheduleAsync(
            new ScheduledJob { OrganizationId = organizationId, Id = MessageOverdueHandler.JobId(message.Id), Kind = MessageOverdueHandler.JobKind, DueAt = message.CallBackTo },
            cancellationToken);
        return OperationResult<TakenMessage>.Success(new TakenMessage(message, await readBack.RenderAsync(message, cancellationToken)));
    }

    /// <summary>Records that a message's caller was called back, and stops the overdue check.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">Who, when and what came of it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The message after the change, or the problems.</returns>
    public async Task<OperationResult<CallerMessage>> MarkCalledBackAsync(string organizationId, CallBackCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var message = await messages.FindAsync(organizationId, command.MessageId, cancellationToken);
        var errors = CallBackRules.Validate(message, command, now);
        if (errors.Count > 0)
        {
            return OperationResult<CallerMessage>.Failure(errors);
        }

        var calledBackAt = command.CalledBackAt ?? now;
        var updated = message! with
        {
            Status = MessageStatus.CalledBack,
            CalledBackBy = command.CalledBackBy!.Trim(),
            CalledBackAt = calledBackAt,
            CallBackOutcome = command.Outcome!.Trim(),
            Version = message.Version + 1,
        };
        var calledBack = new MessageCalledBack
        {
            Id = Ids.New(clock), OrganizationId = organizationId, TicketId = message.TicketId, OccurredAt = now, ActorId = command.ActorId,
            MessageId = message.Id, For = message.For, CalledBackBy = updated.CalledBackBy, Outcome = updated.CallBackOutcome, Late = calledBackAt > message.CallBackTo,
        };
        try
        {
            await messages.UpdateAsync(updated, message.Version, [calledBack], cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult<CallerMessage>.Failure([CallBackRules.Conflict(message.Version)]);
        }

        await schedule.CancelAsync(organizationId, MessageOverdueHandler.JobId(message.Id), cancellationToken);
        return OperationResult<CallerMessage>.Success(updated);
    }

    /// <summary>Finds a message of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="messageId">The message.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The message, or <see langword="null"/>.</returns>
    public Task<CallerMessage?> FindAsync(string organizationId, string messageId, CancellationToken cancellationToken) =>
        messages.FindAsync(organizationId, messageId, cancellationToken);

    /// <summary>Lists the messages for a person or team, oldest call first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="addressee">The person or team.</param>
    /// <param name="status">Only messages of this status, or all.</param>
    /// <param name="limit">The most messages, at most <see cref="MaxListSize"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages.</returns>
    public Task<IReadOnlyList<CallerMessage>> ListAsync(string organizationId, string addressee, MessageStatus? status, int limit, CancellationToken cancellationToken) =>
        messages.ListAsync(organizationId, new MessageFilter { For = addressee, Status = status, Limit = Math.Clamp(limit, 0, MaxListSize) }, cancellationToken);

    /// <summary>Tells whether a message's call-back window has passed without a call-back.</summary>
    /// <param name="message">The message.</param>
    /// <returns>Whether it is overdue now.</returns>
    public bool IsOverdue(CallerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Status == MessageStatus.Open && clock.GetUtcNow() >= message.CallBackTo;
    }

    private CallerMessage Create(string organizationId, string ticketId, TakeMessageCommand command, DateTimeOffset now)
    {
        PhoneNumber.TryNormalize(command.Phone, out var phone, out _);
        return new CallerMessage
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = ticketId,
            CallerFirstName = command.CallerFirstName!.Trim(),
            CallerLastName = command.CallerLastName!.Trim(),
            CallerOrganization = command.CallerOrganization!.Trim(),
            For = command.For!.Trim(),
            Phone = phone!,
            Text = command.Text!.Trim(),
            Urgency = command.Urgency!.Value,
            CallBackFrom = command.CallBackFrom!.Value,
            CallBackTo = command.CallBackTo!.Value,
            CallerTimeZone = command.CallerTimeZone!.Trim(),
            CalledAt = command.CalledAt ?? now,
            TakenBy = command.TakenBy!.Trim(),
        };
    }
}
