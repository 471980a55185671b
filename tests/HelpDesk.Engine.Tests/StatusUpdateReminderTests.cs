using HelpDesk.Engine.Promises;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using static HelpDesk.Engine.Tests.PromiseTests;

namespace HelpDesk.Engine.Tests;

public sealed class StatusUpdateReminderTests
{
    private const string Org = EngineHarness.OrganizationId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_caller_who_has_not_heard_from_us_for_24_hours_is_due_a_status_update_and_the_next_one_is_armed()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        engine.Clock.Advance(TimeSpan.FromHours(23));
        await RunDueAsync(engine);
        var early = await RemindersAsync(engine, ticket);
        engine.Clock.Advance(TimeSpan.FromHours(1));
        await RunDueAsync(engine);
        engine.Clock.Advance(TimeSpan.FromHours(24));
        await RunDueAsync(engine);

        Assert.Empty(early);
        var reminders = await RemindersAsync(engine, ticket);
        Assert.Equal([ticket.CreatedAt.AddHours(24), ticket.CreatedAt.AddHours(48)], reminders.Select(r => r.OccurredAt));
        Assert.All(reminders, r => Assert.Equal(ticket.CreatedAt, r.SilentSince));
    }

    [Fact]
    public async Task An_agent_reply_moves_the_next_status_update_24_hours_on()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        engine.Clock.Advance(TimeSpan.FromHours(20));
        await engine.Get<TicketLifecycle>().AddNoteAsync(Org, ticket.Id, null, NoteKind.Reply, "The technician comes tomorrow at 10:00.", "agent-7", Cancel);

        engine.Clock.Advance(TimeSpan.FromHours(6));
        await RunDueAsync(engine);
        var afterOpeningInterval = await RemindersAsync(engine, ticket);
        engine.Clock.Advance(TimeSpan.FromHours(18));
        await RunDueAsync(engine);

        Assert.Empty(afterOpeningInterval);
        var reminder = Assert.Single(await RemindersAsync(engine, ticket));
        Assert.Equal((ticket.CreatedAt.AddHours(44), ticket.CreatedAt.AddHours(20)), (reminder.OccurredAt, reminder.SilentSince));
    }

    [Fact]
    public async Task Resolving_the_ticket_cancels_its_status_updates()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        await engine.Get<TicketLifecycle>().ResolveAsync(Org, ticket.Id, null, true, "agent-7", Cancel);

        engine.Clock.Advance(TimeSpan.FromDays(3));
        await RunDueAsync(engine);

        Assert.Empty(await RemindersAsync(engine, ticket));
        Assert.Null(await engine.Get<IScheduleStore>().FindAsync(Org, StatusUpdateReminders.JobId(ticket.Id), Cancel));
    }

    private static async Task<List<StatusUpdateDue>> RemindersAsync(EngineHarness engine, Ticket ticket) =>
        [.. (await engine.Get<IEventLog>().ReadTicketAsync(Org, ticket.Id, Cancel)).Select(e => e.Event).OfType<StatusUpdateDue>()];
}
