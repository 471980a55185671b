using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// The promise use cases: make one with a concrete due time (reminded of shortly before it, marked overdue and
/// escalated at it), keep it – on time or late, as recorded – or give it up with a reason; list a ticket's promises and
/// the organisation's overdue ones.
/// </summary>
public sealed class PromiseService(
    IPromiseStore promises, ITicketStore tickets, IScheduleStore jobs, PromiseChangeRunner runner, IOptions<PromiseOptions> options, TimeProvider clock)
{
    /// <summary>The longest reason for breaking a promise accepted.</summary>
    public const int MaxReasonLength = 1_000;

    /// <summary>Makes a promise and arms its reminder and due time.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">The promise.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored promise, or the problems (an "ASAP" without a time names <c>dueAt</c> with a suggestion).</returns>
    public async Task<OperationResult<Promise>> MakeAsync(string organizationId, MakePromiseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var errors = PromiseRules.Validate(command, now);
        if (errors.Count > 0)
        {
            return OperationResult<Promise>.Failure(errors);
        }

        if (await tickets.FindAsync(organizationId, command.TicketId, cancellationToken) is null)
        {
            return OperationResult<Promise>.Failure([UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound)]);
        }

        var promise = new Promise
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = command.TicketId,
            InteractionId = string.IsNullOrWhiteSpace(command.InteractionId) ? null : command.InteractionId.Trim(),
            Text = command.Text.Trim(),
            DueAt = command.DueAt!.Value,
            MadeBy = command.ActorId,
            MadeAt = now,
        };
        var made = new PromiseMade
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = promise.TicketId,
            OccurredAt = now,
            ActorId = command.ActorId,
            PromiseId = promise.Id,
            Text = promise.Text,
            DueAt = promise.DueAt,
            InteractionId = promise.InteractionId,
        };
        await promises.InsertAsync(promise, [made], cancellationToken);
        await PromiseJobs.ArmAsync(jobs, promise, options.Value.ReminderLead, now, cancellationToken);
        return OperationResult<Promise>.Success(promise);
    }

    /// <summary>Marks a promise kept; whether it was on time is recorded (and counted in the promises-kept metric).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="promiseId">The promise.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="actorId">Who kept it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The promise after the change, or the problems.</returns>
    public async Task<OperationResult<Promise>> KeepAsync(string organizationId, string promiseId, int? expectedVersion, string actorId, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(organizationId, promiseId, expectedVersion, (promise, now) => NotPending(promise) ?? new PromiseChange
        {
            Promise = promise with { Status = PromiseStatus.Kept, SettledAt = now, SettledBy = actorId },
            Events =
            [
                new PromiseKept
                {
                    Id = Ids.New(clock), OrganizationId = organizationId, TicketId = promise.TicketId, OccurredAt = now, ActorId = actorId,
                    PromiseId = promise.Id, DueAt = promise.DueAt, PromisedBy = promise.MadeBy, OnTime = now <= promise.DueAt, WasOverdue = promise.Status == PromiseStatus.Overdue,
                },
            ],
        }, cancellationToken);
        return await DisarmAsync(result, cancellationToken);
    }

    /// <summary>Gives a promise up: it will not be kept, for the reason given (counted as not kept on time).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="promiseId">The promise.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="reason">Why it will not be kept.</param>
    /// <param name="actorId">Who gives it up.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The promise after the change, or the problems.</returns>
    public async Task<OperationResult<Promise>> BreakAsync(
        string organizationId, string promiseId, int? expectedVersion, string? reason, string actorId, CancellationToken cancellationToken)
    {
        var why = reason?.Trim() ?? "";
        if (why.Length == 0 || why.Length > MaxReasonLength)
        {
            return OperationResult<Promise>.Failure(
                [UserError.ForInput("reason", $"Say why the promise will not be kept (1 to {MaxReasonLength} characters); tell the caller too.", why.Length == 0 ? UserErrorCode.Required : UserErrorCode.TooLong)]);
        }

        var result = await runner.RunAsync(organizationId, promiseId, expectedVersion, (promise, now) => NotPending(promise) ?? new PromiseChange
        {
            Promise = promise with { Status = PromiseStatus.Broken, SettledAt = now, SettledBy = actorId, BrokenReason = why },
            Events =
            [
                new PromiseBroken
                {
                    Id = Ids.New(clock), OrganizationId = organizationId, TicketId = promise.TicketId, OccurredAt = now, ActorId = actorId,
                    PromiseId = promise.Id, DueAt = promise.DueAt, PromisedBy = promise.MadeBy, Reason = why, WasOverdue = promise.Status == PromiseStatus.Overdue,
                },
            ],
        }, cancellationToken);
        return await DisarmAsync(result, cancellationToken);
    }

    /// <summary>Finds a promise of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="promiseId">The promise.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The promise, or <see langword="null"/>.</returns>
    public Task<Promise?> FindAsync(string organizationId, string promiseId, CancellationToken cancellationToken) =>
        promises.FindAsync(organizationId, promiseId, cancellationToken);

    /// <summary>Lists the organisation's promises past their due time and neither kept nor broken, oldest due first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="after">The position to start after, or null.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    public Task<Page<Promise>> ListOverdueAsync(string organizationId, PromisePosition? after, int limit, CancellationToken cancellationToken) =>
        promises.ListPastDueAsync(organizationId, clock.GetUtcNow(), after, limit, cancellationToken);

    private static PromiseChange? NotPending(Promise promise) => promise.Status is PromiseStatus.Kept or PromiseStatus.Broken
        ? PromiseChange.Refuse("promiseId", $"The promise was already {promise.Status.ToString().ToLowerInvariant()} at {promise.SettledAt:yyyy-MM-dd HH:mm} UTC.", UserErrorCode.Invalid)
        : null;

    private async Task<OperationResult<Promise>> DisarmAsync(OperationResult<Promise> result, CancellationToken cancellationToken)
    {
        if (result.Value is { } settled)
        {
            await PromiseJobs.DisarmAsync(jobs, settled, cancellationToken);
        }

        return result;
    }
}
