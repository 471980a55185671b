using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Greetings;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Calls;

/// <summary>
/// Reminds the agent to check back with a caller on hold: appends <see cref="HoldCheckBackDue"/> (which subscribers of
/// <c>reminders</c> receive) and schedules the next reminder, until the caller is taken off hold. A reminder that already
/// fired (the job ran twice) is not fired again, and a reminder of a hold that ended does nothing.
/// </summary>
internal sealed class HoldCheckBackHandler(
    IInteractionStore interactions, IScheduleStore schedule, InteractionScripts scripts, TimeProvider clock, IOptions<CallOptions> options) : IScheduledJobHandler
{
    /// <summary>Who the reminders are recorded as caused by.</summary>
    public const string ActorId = "helpdesk.calls";

    private const int Attempts = 3;

    /// <inheritdoc />
    public string Kind => HoldCheckBackJob.Kind;

    /// <inheritdoc />
    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (HoldCheckBackJob.Read(job) is not { } reminder)
        {
            return;
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var interaction = await interactions.FindAsync(job.OrganizationId, reminder.InteractionId, cancellationToken);
            if (interaction is null || interaction.EndedAt is not null || interaction.Holds.Count != reminder.Hold || interaction.OpenHold() is not { } hold)
            {
                return;
            }

            if (hold.CheckBackCount < reminder.CheckBack && !await TryRemindAsync(interaction, hold, reminder, cancellationToken))
            {
                continue;
            }

            var next = reminder with { CheckBack = reminder.CheckBack + 1 };
            await schedule.ScheduleAsync(next.ToJob(interaction, hold, options.Value.CheckBackInterval), cancellationToken);
            return;
        }
    }

    private async Task<bool> TryRemindAsync(Interaction interaction, InteractionHold hold, HoldCheckBackJob reminder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var script = await scripts.RenderAsync(interaction, ScriptMoment.HoldCheckBack, cancellationToken);
        var due = new HoldCheckBackDue
        {
            Id = Ids.New(clock),
            OrganizationId = interaction.OrganizationId,
            TicketId = interaction.TicketId,
            OccurredAt = now,
            ActorId = ActorId,
            InteractionId = interaction.Id,
            AgentId = interaction.AgentId,
            Reason = hold.Reason,
            HeldAt = hold.HeldAt,
            WaitedFor = now - hold.HeldAt,
            CheckBackNumber = reminder.CheckBack,
            ScriptLines = script?.Lines ?? [],
        };
        var updated = interaction with
        {
            Holds = [.. interaction.Holds.Take(interaction.Holds.Count - 1), hold with { CheckBackCount = reminder.CheckBack }],
            Version = interaction.Version + 1,
        };
        try
        {
            await interactions.UpdateAsync(updated, interaction.Version, [due], cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
