using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Messages;
using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class MessageServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_message_names_every_missing_field_at_once()
    {
        await using var engine = await EngineHarness.StartAsync();

        var result = await Messages(engine).TakeAsync(EngineHarness.OrganizationId, new TakeMessageCommand(), Cancel);

        Assert.Null(result.Value);
        Assert.Equal(
            ["callerFirstName", "callerLastName", "for", "callerOrganization", "phone", "text", "urgency", "callBackFrom", "callBackTo", "callerTimeZone", "takenBy"],
            result.Errors.Select(e => e.Field[^1]));
        Assert.All(result.Errors, e => Assert.Equal(UserErrorCode.Required, e.Code));
    }

    [Fact]
    public async Task Invalid_phone_time_zone_and_window_are_each_named_with_what_to_do()
    {
        await using var engine = await EngineHarness.StartAsync();
        var now = engine.Clock.GetUtcNow();

        var result = await Messages(engine).TakeAsync(
            EngineHarness.OrganizationId,
            Complete(now) with { Phone = "020 123 4567", CallerTimeZone = "Mars/Olympus", CallBackFrom = now.AddHours(3), CallBackTo = now.AddHours(2) },
            Cancel);

        Assert.Equal(["phone", "callBackTo", "callerTimeZone"], result.Errors.Select(e => e.Field[^1]));
        Assert.All(result.Errors, e => Assert.Equal(UserErrorCode.Invalid, e.Code));
        Assert.Contains("no country code", result.Errors[0].Message);
        Assert.Contains("+31 20 123 4567", result.Errors[0].Message);
        Assert.Contains("end after it starts", result.Errors[1].Message);
    }

    [Fact]
    public async Task A_window_already_over_and_a_number_too_short_are_refused()
    {
        await using var engine = await EngineHarness.StartAsync();
        var now = engine.Clock.GetUtcNow();

        var result = await Messages(engine).TakeAsync(
            EngineHarness.OrganizationId, Complete(now) with { Phone = "+3120", CallBackFrom = now.AddHours(-3), CallBackTo = now.AddHours(-1) }, Cancel);

        Assert.Equal(["phone", "callBackFrom", "callBackTo"], result.Errors.Select(e => e.Field[^1]));
    }

    [Fact]
    public async Task Without_a_script_plugin_the_host_reads_back_every_key_point_and_a_message_ticket_is_opened()
    {
        await using var engine = await EngineHarness.StartAsync();
        var now = engine.Clock.GetUtcNow();

        var taken = (await Messages(engine).TakeAsync(EngineHarness.OrganizationId, Complete(now), Cancel)).Value!;

        var text = string.Join(" ", taken.ReadBack.Lines);
        Assert.Equal(ScriptMoment.MessageReadBack, taken.ReadBack.Moment);
        Assert.Contains("Mieke Jansen of Fabrikam, for Anna de Vries: The invoice run failed again.", text);
        Assert.Contains("+31201234567", text);
        Assert.Contains("between 11:00 and 13:00 on Monday 23 November 2026 (Europe/Amsterdam time)", text);
        Assert.Contains("Urgency: high.", text);
        Assert.Contains("Taken by Sam", text);
        var ticket = await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, taken.Message.TicketId, Cancel);
        Assert.True(ticket!.HasTag(MessageTicket.Tag));
        Assert.Equal("Message for Anna de Vries from Mieke Jansen", ticket.Subject);
        var events = await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel);
        var delivered = Assert.IsType<MessageTaken>(events[^1].Event);
        Assert.Equal((taken.Message.Id, "Anna de Vries", MessageUrgency.High), (delivered.MessageId, delivered.For, delivered.Urgency));
    }

    [Fact]
    public async Task The_greeting_script_plugin_renders_the_read_back_with_the_message_values()
    {
        await using var engine = await EngineHarness.StartAsync(("script", PluginKinds.GreetingScripts, new EchoScript()));
        var now = engine.Clock.GetUtcNow();

        var taken = (await Messages(engine).TakeAsync(EngineHarness.OrganizationId, Complete(now), Cancel)).Value!;

        Assert.Equal(["For Anna de Vries: The invoice run failed again.", "On +31201234567, between 11:00 and 13:00 on Monday 23 November 2026 (Europe/Amsterdam time)"], taken.ReadBack.Lines);
    }

    [Fact]
    public async Task A_message_on_a_ticket_is_listed_open_until_called_back_then_called_back()
    {
        await using var engine = await EngineHarness.StartAsync();
        var now = engine.Clock.GetUtcNow();
        var first = (await Messages(engine).TakeAsync(EngineHarness.OrganizationId, Complete(now), Cancel)).Value!.Message;
        engine.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await Messages(engine).TakeAsync(EngineHarness.OrganizationId, Complete(now) with { TicketId = first.TicketId, Text = "Also the VAT report." }, Cancel)).Value!.Message;

        Assert.Equal(first.TicketId, second.TicketId);
        Assert.Equal([first.Id, second.Id], (await Messages(engine).ListAsync(EngineHarness.OrganizationId, "anna de vries", MessageStatus.Open, 10, Cancel)).Select(m => m.Id));

        var called = await Messages(engine).MarkCalledBackAsync(
            EngineHarness.OrganizationId, new CallBackCommand { MessageId = first.Id, CalledBackBy = "Anna de Vries", Outcome = "Invoice run restarted." }, Cancel);

        Assert.Equal(MessageStatus.CalledBack, called.Value!.Status);
        Assert.Equal([second.Id], (await Messages(engine).ListAsync(EngineHarness.OrganizationId, "Anna de Vries", MessageStatus.Open, 10, Cancel)).Select(m => m.Id));
        Assert.Equal([first.Id], (await Messages(engine).ListAsync(EngineHarness.OrganizationId, "Anna de Vries", MessageStatus.CalledBack, 10, Cancel)).Select(m => m.Id));
        var again = await Messages(engine).MarkCalledBackAsync(
            EngineHarness.OrganizationId, new CallBackCommand { MessageId = first.Id, CalledBackBy = "Sam", Outcome = "again" }, Cancel);
        Assert.Contains("already called this caller back", Assert.Single(again.Errors).Message);
    }

    [Fact]
    public async Task A_message_not_called_back_by_the_end_of_its_window_is_reported_overdue_once()
    {
        await using var engine = await EngineHarness.StartAsync();
        var now = engine.Clock.GetUtcNow();
        var open = (await Messages(engine).TakeAsync(EngineHarness.OrganizationId, Complete(now), Cancel)).Value!.Message;
        var answered = (await Messages(engine).TakeAsync(EngineHarness.OrganizationId, Complete(now) with { For = "Bram" }, Cancel)).Value!.Message;
        await Messages(engine).MarkCalledBackAsync(EngineHarness.OrganizationId, new CallBackCommand { MessageId = answered.Id, CalledBackBy = "Bram", Outcome = "done" }, Cancel);

        engine.Clock.Advance(TimeSpan.FromHours(4));
        await engine.Get<JobScheduler>().RunDueAsync(Cancel);
        await engine.Get<IEnumerable<IScheduledJobHandler>>().OfType<MessageOverdueHandler>().Single().HandleAsync(
            new() { OrganizationId = EngineHarness.OrganizationId, Id = MessageOverdueHandler.JobId(open.Id), Kind = MessageOverdueHandler.JobKind, DueAt = open.CallBackTo }, Cancel);

        Assert.True(Messages(engine).IsOverdue(open));
        var log = await engine.Get<IEventLog>().ReadAsync(EngineHarness.OrganizationId, 0, 100, Cancel);
        var overdue = Assert.Single(log.Select(e => e.Event).OfType<MessageOverdue>());
        Assert.Equal((open.Id, "Anna de Vries"), (overdue.MessageId, overdue.For));
        Assert.NotNull((await Messages(engine).FindAsync(EngineHarness.OrganizationId, open.Id, Cancel))!.OverdueAt);
    }

    private static MessageService Messages(EngineHarness engine) => engine.Get<MessageService>();

    private static TakeMessageCommand Complete(DateTimeOffset now) => new()
    {
        CallerFirstName = "Mieke",
        CallerLastName = "Jansen",
        CallerOrganization = "Fabrikam",
        For = "Anna de Vries",
        Phone = "+31 20 123 4567",
        Text = "The invoice run failed again.",
        Urgency = MessageUrgency.High,
        CallBackFrom = now.AddHours(1),
        CallBackTo = now.AddHours(3),
        CallerTimeZone = "Europe/Amsterdam",
        TakenBy = "Sam",
        ActorId = "agent-1",
    };

    private sealed class EchoScript : IGreetingScript
    {
        public ValueTask<Script?> RenderAsync(ScriptRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<Script?>(new Script
            {
                Moment = request.Moment,
                Language = request.Language,
                Lines = [$"For {request.Values["recipient"]}: {request.Values["message"]}", $"On {request.Values["phone"]}, {request.Values["callbackTime"]}"],
            });
    }
}
