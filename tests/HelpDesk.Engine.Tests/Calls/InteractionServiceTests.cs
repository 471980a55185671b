using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using static HelpDesk.Engine.Tests.Calls.CallHarness;

namespace HelpDesk.Engine.Tests.Calls;

public sealed class InteractionServiceTests
{
    [Fact]
    public async Task A_call_moves_through_the_steps_forward_and_back_with_the_time_of_each_and_scripts_at_greeting_and_goodbye()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<InteractionService>();
        var contact = new Contact { Id = "anna", OrganizationId = Org, Name = "Anna de Vries" };
        await engine.Get<IContactStore>().InsertAsync(contact, Cancel);
        var ticket = (await engine.Get<HelpDesk.Engine.Tickets.TicketService>().OpenAsync(Org, new() { Subject = "Locked out", ContactId = "anna" }, Cancel)).Value!;

        var started = await service.StartAsync(Org, new StartInteractionCommand(ticket.Id, InteractionChannel.Chat, "mila", "Mila", "key:test"), Cancel);
        var id = started.Value!.Interaction.Id;
        engine.Clock.Advance(TimeSpan.FromSeconds(20));
        var venting = await service.MoveAsync(Org, id, 1, CallStep.Venting, "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(60));
        await service.MoveAsync(Org, id, null, CallStep.Troubleshooting, "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        await service.MoveAsync(Org, id, null, CallStep.Venting, "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(15));
        var goodbye = await service.MoveAsync(Org, id, null, CallStep.Goodbye, "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(5));
        var ended = await service.EndAsync(Org, id, null, "key:test", Cancel);

        Assert.Equal(["Greeting: Mila to Anna de Vries"], started.Value.Script!.Lines);
        Assert.Null(venting.Value!.Script);
        Assert.Equal(["Closing: Mila to Anna de Vries"], goodbye.Value!.Script!.Lines);
        var interaction = ended.Value!.Interaction;
        Assert.Equal(("anna", InteractionChannel.Chat, 6), (interaction.ContactId, interaction.Channel, interaction.Version));
        Assert.Equal(
            [(CallStep.Greeting, 20), (CallStep.Venting, 60), (CallStep.Troubleshooting, 10), (CallStep.Venting, 15), (CallStep.Goodbye, 5)],
            StepVisit.Of(interaction, engine.Clock.GetUtcNow()).Select(v => (v.Step, v.Duration.TotalSeconds)));
        var moves = await engine.EventsAsync<InteractionStepChanged>(interaction);
        Assert.Equal((CallStep.Troubleshooting, CallStep.Venting, 10), (moves[2].From, moves[2].To, moves[2].TimeInPreviousStep.TotalSeconds));
        var end = Assert.Single(await engine.EventsAsync<InteractionEnded>(interaction));
        Assert.Equal((CallStep.Goodbye, 110d, (TimeSpan?)null), (end.Step, end.Duration.TotalSeconds, end.EndedHoldFor));
        Assert.Single(await engine.EventsAsync<InteractionStarted>(interaction));
    }

    [Fact]
    public async Task A_held_caller_brings_a_check_back_reminder_every_35_seconds_until_resumed_and_the_hold_time_is_recorded()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<InteractionService>();
        var interaction = await engine.StartCallAsync();

        var held = await service.HoldAsync(Org, interaction.Id, null, "check your account with the network team", "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(34));
        await engine.RunDueJobsAsync();
        var beforeFirst = await engine.EventsAsync<HoldCheckBackDue>(interaction);
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await engine.RunDueJobsAsync();
        engine.Clock.Advance(TimeSpan.FromSeconds(35));
        await engine.RunDueJobsAsync();
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        var resumed = await service.ResumeAsync(Org, interaction.Id, null, "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(60));
        await engine.RunDueJobsAsync();

        Assert.Equal(["Hold: Mila to Anna de Vries (check your account with the network team)"], held.Value!.Script!.Lines);
        Assert.Empty(beforeFirst);
        var reminders = await engine.EventsAsync<HoldCheckBackDue>(interaction);
        Assert.Equal([(1, 35d), (2, 70d)], reminders.Select(r => (r.CheckBackNumber, r.WaitedFor.TotalSeconds)));
        Assert.All(reminders, r => Assert.Equal(("mila", "check your account with the network team"), (r.AgentId, r.Reason)));
        Assert.StartsWith("HoldCheckBack: Mila to Anna de Vries", Assert.Single(reminders[0].ScriptLines), StringComparison.Ordinal);
        Assert.Equal(["Resume: Mila to Anna de Vries (check your account with the network team)"], resumed.Value!.Script!.Lines);
        var hold = Assert.Single(resumed.Value.Interaction.Holds);
        Assert.Equal((2, TimeSpan.FromSeconds(80)), (hold.CheckBackCount, hold.ResumedAt - hold.HeldAt));
        Assert.Equal(TimeSpan.FromSeconds(80), resumed.Value.Interaction.TotalHoldTime);
        Assert.Equal(TimeSpan.FromSeconds(80), Assert.Single(await engine.EventsAsync<CallerResumed>(interaction)).HeldFor);
        Assert.Null(await engine.Get<IScheduleStore>().FindAsync(Org, "hold-check-back:" + interaction.Id, Cancel));
    }

    [Fact]
    public async Task A_reminder_that_runs_twice_fires_once_and_a_reminder_of_an_earlier_hold_does_nothing()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<InteractionService>();
        var interaction = await engine.StartCallAsync();
        var handler = engine.Get<IEnumerable<HelpDesk.Engine.Scheduling.IScheduledJobHandler>>().Single(h => h.Kind == "hold-check-back");
        var jobId = "hold-check-back:" + interaction.Id;

        await service.HoldAsync(Org, interaction.Id, null, "ask a colleague", "key:test", Cancel);
        var firstHoldsJob = (await engine.Get<IScheduleStore>().FindAsync(Org, jobId, Cancel))!;
        engine.Clock.Advance(TimeSpan.FromSeconds(35));
        await handler.HandleAsync(firstHoldsJob, Cancel);
        await handler.HandleAsync(firstHoldsJob, Cancel);
        await service.ResumeAsync(Org, interaction.Id, null, "key:test", Cancel);
        await service.HoldAsync(Org, interaction.Id, null, "ask another colleague", "key:test", Cancel);
        await handler.HandleAsync(firstHoldsJob, Cancel);

        Assert.Single(await engine.EventsAsync<HoldCheckBackDue>(interaction));
        Assert.Equal(engine.Clock.GetUtcNow().AddSeconds(35), (await engine.Get<IScheduleStore>().FindAsync(Org, jobId, Cancel))!.DueAt);
    }

    [Fact]
    public async Task Held_callers_are_queued_first_in_first_out_with_how_long_each_waited()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<InteractionService>();
        var queue = engine.Get<HoldQueue>();
        var first = await engine.StartCallAsync("mila");
        var second = await engine.StartCallAsync("jo");
        var third = await engine.StartCallAsync("mila");

        await service.HoldAsync(Org, first.Id, null, "look up the order", "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(5));
        await service.HoldAsync(Org, second.Id, null, "ask the network team", "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(5));
        await service.HoldAsync(Org, third.Id, null, "check the warranty", "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(3));
        var allThree = await queue.ListAsync(Org, Cancel);
        await service.ResumeAsync(Org, first.Id, null, "key:test", Cancel);
        var afterFirstServed = await queue.ListAsync(Org, Cancel);

        Assert.Equal(
            [(1, first.Id, 13d, "look up the order"), (2, second.Id, 8d, "ask the network team"), (3, third.Id, 3d, "check the warranty")],
            allThree.Select(h => (h.Position, h.Interaction.Id, h.WaitedFor.TotalSeconds, h.Hold.Reason)));
        Assert.Equal([second.Id, third.Id], afterFirstServed.Select(h => h.Interaction.Id));
        Assert.Empty(await queue.ListAsync("another-org", Cancel));
    }

    [Fact]
    public async Task Holding_needs_a_reason_and_a_caller_who_is_not_held_yet_and_ending_takes_the_caller_off_hold()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<InteractionService>();
        var interaction = await engine.StartCallAsync();

        var noReason = await service.HoldAsync(Org, interaction.Id, null, "  ", "key:test", Cancel);
        var notHeld = await service.ResumeAsync(Org, interaction.Id, null, "key:test", Cancel);
        await service.HoldAsync(Org, interaction.Id, 1, "check the order", "key:test", Cancel);
        var twice = await service.HoldAsync(Org, interaction.Id, null, "again", "key:test", Cancel);
        var stale = await service.MoveAsync(Org, interaction.Id, 1, CallStep.Venting, "key:test", Cancel);
        engine.Clock.Advance(TimeSpan.FromSeconds(12));
        var ended = await service.EndAsync(Org, interaction.Id, null, "key:test", Cancel);
        var afterEnd = await service.MoveAsync(Org, interaction.Id, null, CallStep.Venting, "key:test", Cancel);
        var unknown = await service.EndAsync(Org, "nope", null, "key:test", Cancel);

        Assert.Equal(("input.reason", UserErrorCode.Required), Error(noReason));
        Assert.Equal(("input.interactionId", UserErrorCode.Invalid), Error(notHeld));
        Assert.Equal(("input.interactionId", UserErrorCode.Invalid), Error(twice));
        Assert.Equal(("input.expectedVersion", UserErrorCode.Conflict), Error(stale));
        Assert.Equal(("input.interactionId", UserErrorCode.Invalid), Error(afterEnd));
        Assert.Equal(("input.interactionId", UserErrorCode.NotFound), Error(unknown));
        Assert.Equal(TimeSpan.FromSeconds(12), ended.Value!.Interaction.TotalHoldTime);
        Assert.Equal(TimeSpan.FromSeconds(12), Assert.Single(await engine.EventsAsync<InteractionEnded>(interaction)).EndedHoldFor);
        Assert.Empty(await engine.Get<HoldQueue>().ListAsync(Org, Cancel));
        Assert.Null(await engine.Get<IScheduleStore>().FindAsync(Org, "hold-check-back:" + interaction.Id, Cancel));
    }

    [Fact]
    public async Task An_interaction_needs_a_ticket_of_the_organisation_and_an_agent()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<InteractionService>();

        var noTicket = await service.StartAsync(Org, new StartInteractionCommand("nope", InteractionChannel.Phone, "mila", null, "key:test"), Cancel);
        var noAgent = await service.StartAsync(Org, new StartInteractionCommand("nope", InteractionChannel.Phone, " ", null, "key:test"), Cancel);

        Assert.Equal(("input.ticketId", UserErrorCode.NotFound), Error(noTicket));
        Assert.Equal(("input.agentId", UserErrorCode.Required), Error(noAgent));
    }

    private static (string Field, UserErrorCode Code) Error(OperationResult<InteractionResult> result)
    {
        var error = Assert.Single(result.Errors);
        return (string.Join('.', error.Field), error.Code);
    }
}
