using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Greetings;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Calls;

/// <summary>
/// Handles interactions through the seven call steps: start, move between steps (each step's time recorded), hold with
/// a reason (check-back reminders while the caller waits), resume and end. Each change returns the greeting-script
/// plugin's lines for the moment it reaches.
/// </summary>
public sealed class InteractionService(
    IInteractionStore interactions,
    ITicketStore tickets,
    IScheduleStore schedule,
    InteractionScripts scripts,
    TimeProvider clock,
    IOptions<CallOptions> options)
{
    /// <summary>The longest agent id or name accepted.</summary>
    public const int MaxAgentLength = 100;

    private readonly InteractionChangeRunner runner = new(interactions, clock);

    /// <summary>Starts an interaction about a ticket, in the greeting step; its caller is the ticket's contact.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="command">The ticket, channel and agent.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interaction with the greeting lines, or the problems.</returns>
    public async Task<OperationResult<InteractionResult>> StartAsync(string organizationId, StartInteractionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.AgentId) || command.AgentId.Trim().Length > MaxAgentLength)
        {
            return Fail("agentId", $"Name the agent taking the call (1 to {MaxAgentLength} characters).", UserErrorCode.Required);
        }

        if (command.AgentName is { } name && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxAgentLength))
        {
            return Fail("agentName", $"Give the agent's name as the caller hears it (1 to {MaxAgentLength} characters), or leave it out.", UserErrorCode.Invalid);
        }

        var ticket = await tickets.FindAsync(organizationId, command.TicketId, cancellationToken);
        if (ticket is null)
        {
            return Fail("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound);
        }

        var now = clock.GetUtcNow();
        var interaction = new Interaction
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = ticket.Id,
            ContactId = ticket.ContactId,
            AgentId = command.AgentId.Trim(),
            AgentName = command.AgentName?.Trim(),
            Channel = command.Channel,
            Step = CallStep.Greeting,
            StartedAt = now,
            Steps = [new InteractionStepEntry { Step = CallStep.Greeting, EnteredAt = now }],
        };
        var started = new InteractionStarted
        {
            Id = Ids.New(clock),
            OrganizationId = organizationId,
            TicketId = ticket.Id,
            OccurredAt = now,
            ActorId = command.ActorId,
            InteractionId = interaction.Id,
            AgentId = interaction.AgentId,
            Channel = interaction.Channel,
            ContactId = interaction.ContactId,
        };
        await interactions.InsertAsync(interaction, [started], cancellationToken);
        return OperationResult<InteractionResult>.Success(new(interaction, await scripts.RenderAsync(interaction, ScriptMoment.Greeting, cancellationToken)));
    }

    /// <summary>Moves an interaction to a step, forward or back; the time spent in the step it leaves is recorded.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="step">The step to enter.</param>
    /// <param name="actorId">Who moves it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interaction with the step's lines (greeting or closing), or the problems.</returns>
    public Task<OperationResult<InteractionResult>> MoveAsync(
        string organizationId, string interactionId, int? expectedVersion, CallStep step, string actorId, CancellationToken cancellationToken) =>
        ChangeAsync(organizationId, interactionId, expectedVersion, (current, now) =>
        {
            if (current.EndedAt is not null)
            {
                return Ended();
            }

            if (current.Step == step)
            {
                return InteractionChange.Refuse("step", $"The interaction is already in the {step} step.", UserErrorCode.Invalid);
            }

            var entered = current.Steps.Count > 0 ? current.Steps[^1].EnteredAt : current.StartedAt;
            return new InteractionChange
            {
                Interaction = current with { Step = step, Steps = [.. current.Steps, new InteractionStepEntry { Step = step, EnteredAt = now }] },
                Events =
                [
                    new InteractionStepChanged
                    {
                        Id = Ids.New(clock), OrganizationId = organizationId, TicketId = current.TicketId, OccurredAt = now, ActorId = actorId,
                        InteractionId = current.Id, AgentId = current.AgentId, From = current.Step, To = step, TimeInPreviousStep = now - entered,
                    },
                ],
            };
        }, changed => InteractionScripts.MomentOf(changed.After.Step), cancellationToken);

    /// <summary>Puts the caller on hold, after the agent explained why; the agent is reminded to check back while the caller waits.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="reason">Why, as told to the caller (for example "check your account with our network team").</param>
    /// <param name="actorId">Who holds.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interaction with the hold lines, or the problems.</returns>
    public async Task<OperationResult<InteractionResult>> HoldAsync(
        string organizationId, string interactionId, int? expectedVersion, string? reason, string actorId, CancellationToken cancellationToken)
    {
        var maxLength = options.Value.MaxReasonLength;
        var result = await ChangeAsync(organizationId, interactionId, expectedVersion, (current, now) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return InteractionChange.Refuse("reason", "Explain why before holding: give the reason you tell the caller.", UserErrorCode.Required);
            }

            if (reason.Trim().Length > maxLength)
            {
                return InteractionChange.Refuse("reason", $"The reason is {reason.Trim().Length} characters long; keep it to {maxLength}.", UserErrorCode.TooLong);
            }

            if (current.EndedAt is not null)
            {
                return Ended();
            }

            if (current.OpenHold() is not null)
            {
                return InteractionChange.Refuse("interactionId", "The caller is already on hold; resume the call first.", UserErrorCode.Invalid);
            }

            var hold = new InteractionHold { Reason = reason.Trim(), HeldAt = now };
            return new InteractionChange
            {
                Interaction = current with { Holds = [.. current.Holds, hold] },
                Events =
                [
                    new CallerHeld
                    {
                        Id = Ids.New(clock), OrganizationId = organizationId, TicketId = current.TicketId, OccurredAt = now, ActorId = actorId,
                        InteractionId = current.Id, AgentId = current.AgentId, Reason = hold.Reason,
                    },
                ],
            };
        }, _ => ScriptMoment.Hold, cancellationToken);

        if (result.Value is { Interaction: var held } && held.OpenHold() is { } open)
        {
            var first = new HoldCheckBackJob(held.Id, held.Holds.Count, 1);
            await schedule.ScheduleAsync(first.ToJob(held, open, options.Value.CheckBackInterval), cancellationToken);
        }

        return result;
    }

    /// <summary>Takes the caller off hold; the hold's time is added to the interaction's total and the reminders stop.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="actorId">Who resumes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interaction with the resume lines (thanks for waiting), or the problems.</returns>
    public async Task<OperationResult<InteractionResult>> ResumeAsync(
        string organizationId, string interactionId, int? expectedVersion, string actorId, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(organizationId, interactionId, expectedVersion, (current, now) =>
        {
            if (current.OpenHold() is not { } hold)
            {
                return InteractionChange.Refuse("interactionId", "The caller is not on hold.", UserErrorCode.Invalid);
            }

            var (resumed, heldFor) = CloseHold(current, hold, now);
            return new InteractionChange
            {
                Interaction = resumed,
                Events =
                [
                    new CallerResumed
                    {
                        Id = Ids.New(clock), OrganizationId = organizationId, TicketId = current.TicketId, OccurredAt = now, ActorId = actorId,
                        InteractionId = current.Id, AgentId = current.AgentId, Reason = hold.Reason, HeldFor = heldFor, TotalHoldTime = resumed.TotalHoldTime,
                    },
                ],
            };
        }, _ => ScriptMoment.Resume, cancellationToken);
        await StopRemindersAsync(organizationId, interactionId, result, cancellationToken);
        return result;
    }

    /// <summary>Ends the interaction with its goodbye; a caller still on hold is taken off hold and the hold counted.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="expectedVersion">The version last read, or null.</param>
    /// <param name="actorId">Who ends it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interaction with the closing lines, or the problems.</returns>
    public async Task<OperationResult<InteractionResult>> EndAsync(
        string organizationId, string interactionId, int? expectedVersion, string actorId, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(organizationId, interactionId, expectedVersion, (current, now) =>
        {
            if (current.EndedAt is not null)
            {
                return Ended();
            }

            var (ended, endedHoldFor) = current.OpenHold() is { } hold ? CloseHold(current, hold, now) : (current, (TimeSpan?)null);
            return new InteractionChange
            {
                Interaction = ended with { EndedAt = now },
                Events =
                [
                    new InteractionEnded
                    {
                        Id = Ids.New(clock), OrganizationId = organizationId, TicketId = current.TicketId, OccurredAt = now, ActorId = actorId,
                        InteractionId = current.Id, AgentId = current.AgentId, Step = current.Step, Duration = now - current.StartedAt,
                        TotalHoldTime = ended.TotalHoldTime, EndedHoldFor = endedHoldFor,
                    },
                ],
            };
        }, _ => ScriptMoment.Closing, cancellationToken);
        await StopRemindersAsync(organizationId, interactionId, result, cancellationToken);
        return result;
    }

    private static (Interaction Interaction, TimeSpan HeldFor) CloseHold(Interaction current, InteractionHold hold, DateTimeOffset now)
    {
        var heldFor = now - hold.HeldAt;
        var closed = current with
        {
            Holds = [.. current.Holds.Take(current.Holds.Count - 1), hold with { ResumedAt = now }],
            TotalHoldTime = current.TotalHoldTime + heldFor,
        };
        return (closed, heldFor);
    }

    private static InteractionChange Ended() =>
        InteractionChange.Refuse("interactionId", "The interaction has ended; start a new one for a new conversation.", UserErrorCode.Invalid);

    private static OperationResult<InteractionResult> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<InteractionResult>.Failure([UserError.ForInput(field, message, code)]);

    private async Task StopRemindersAsync(string organizationId, string interactionId, OperationResult<InteractionResult> result, CancellationToken cancellationToken)
    {
        if (result.Value is not null)
        {
            await schedule.CancelAsync(organizationId, HoldCheckBackJob.JobId(interactionId), cancellationToken);
        }
    }

    private async Task<OperationResult<InteractionResult>> ChangeAsync(
        string organizationId,
        string interactionId,
        int? expectedVersion,
        Func<Interaction, DateTimeOffset, InteractionChange> change,
        Func<ChangedInteraction, ScriptMoment?> moment,
        CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(organizationId, interactionId, expectedVersion, change, cancellationToken);
        if (result.Value is not { } changed)
        {
            return OperationResult<InteractionResult>.Failure(result.Errors);
        }

        return OperationResult<InteractionResult>.Success(new(changed.After, await scripts.RenderAsync(changed.After, moment(changed), cancellationToken)));
    }
}
