using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Messages;

/// <summary>
/// At the end of a message's call-back window, reports it overdue (<see cref="MessageOverdue"/>) unless the caller was
/// called back. Running twice reports once: the message remembers when it was reported.
/// </summary>
public sealed class MessageOverdueHandler(IMessageStore messages, TimeProvider clock) : IScheduledJobHandler
{
    /// <summary>The kind of the jobs handled.</summary>
    public const string JobKind = "message.call-back-overdue";

    private const string Prefix = "message-overdue:";

    /// <inheritdoc />
    public string Kind => JobKind;

    /// <summary>The id of a message's overdue job.</summary>
    /// <param name="messageId">The message.</param>
    /// <returns>The job id.</returns>
    public static string JobId(string messageId) => Prefix + messageId;

    /// <inheritdoc />
    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.Id.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        var message = await messages.FindAsync(job.OrganizationId, job.Id[Prefix.Length..], cancellationToken);
        if (message is null || message.Status != MessageStatus.Open || message.OverdueAt is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var overdue = new MessageOverdue
        {
            Id = Ids.New(clock), OrganizationId = message.OrganizationId, TicketId = message.TicketId, OccurredAt = now, ActorId = "system",
            MessageId = message.Id, For = message.For, CallBackTo = message.CallBackTo,
        };

        // A call-back recorded at the same moment wins the race; this job then fails and, run again, finds it called back.
        await messages.UpdateAsync(message with { OverdueAt = now, Version = message.Version + 1 }, message.Version, [overdue], cancellationToken);
    }
}
