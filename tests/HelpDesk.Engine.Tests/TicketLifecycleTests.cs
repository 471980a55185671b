using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class TicketLifecycleTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_reply_opens_the_ticket_records_the_time_and_stores_the_note_with_its_event()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        engine.Clock.Advance(TimeSpan.FromMinutes(12));

        var replied = (await Lifecycle(engine).AddNoteAsync(EngineHarness.OrganizationId, ticket.Id, 1, NoteKind.Reply, "We reset your password.", "agent-7", Cancel)).Value!;

        Assert.Equal(TicketStatus.Open, replied.Status);
        Assert.Equal(ticket.CreatedAt.AddMinutes(12), replied.FirstRepliedAt);
        Assert.Equal(2, replied.Version);
        var note = Assert.Single(await engine.Get<INoteStore>().ListAsync(EngineHarness.OrganizationId, ticket.Id, Cancel));
        Assert.Equal(("We reset your password.", NoteKind.Reply, "agent-7"), (note.Text, note.Kind, note.AuthorId));
        var reply = Assert.IsType<TicketReplied>((await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))[^1].Event);
        Assert.True(reply.IsFirstReply);
        Assert.Equal(note.Id, reply.NoteId);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_is_refused_as_a_conflict_and_changes_nothing()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);
        await Lifecycle(engine).AssignAsync(EngineHarness.OrganizationId, ticket.Id, 1, "agent-1", "agent-1", Cancel);

        var stale = await Lifecycle(engine).AssignAsync(EngineHarness.OrganizationId, ticket.Id, 1, "agent-2", "agent-2", Cancel);

        var error = Assert.Single(stale.Errors);
        Assert.Equal((UserErrorCode.Conflict, "expectedVersion"), (error.Code, error.Field[^1]));
        Assert.Contains("now at version 2", error.Message);
        Assert.Equal("agent-1", (await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))!.AssigneeId);
    }

    [Fact]
    public async Task Concurrent_changes_without_an_expected_version_are_all_applied_none_lost()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            Lifecycle(engine).TagAsync(EngineHarness.OrganizationId, ticket.Id, null, [$"team:{i}"], [], "agent", Cancel)));

        Assert.All(results, r => Assert.Empty(r.Errors));
        var stored = await engine.Get<ITicketStore>().FindAsync(EngineHarness.OrganizationId, ticket.Id, Cancel);
        Assert.Equal(["team:0", "team:1", "team:2"], stored!.Tags.Select(t => t.Name).Order());
        Assert.Equal(4, stored.Version);
    }

    [Fact]
    public async Task Resolving_records_first_contact_and_service_type_and_reopening_clears_the_resolution()
    {
        await using var engine = await EngineHarness.StartAsync(("svc.tagger", PluginKinds.Tagging, new FixedTagger(("service:email", 1))));
        var ticket = await OpenAsync(engine);

        var resolved = (await Lifecycle(engine).ResolveAsync(EngineHarness.OrganizationId, ticket.Id, null, true, "agent", Cancel)).Value!;
        var again = await Lifecycle(engine).ResolveAsync(EngineHarness.OrganizationId, ticket.Id, null, true, "agent", Cancel);
        var reopened = (await Lifecycle(engine).ReopenAsync(EngineHarness.OrganizationId, ticket.Id, null, "still broken", "agent", Cancel)).Value!;

        Assert.Equal(TicketStatus.Resolved, resolved.Status);
        Assert.Equal("The ticket is already resolved.", Assert.Single(again.Errors).Message);
        Assert.Equal((TicketStatus.Open, null), (reopened.Status, reopened.ResolvedAt));
        var events = await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel);
        var resolution = Assert.Single(events.Select(e => e.Event).OfType<TicketResolved>());
        Assert.Equal((true, "email"), (resolution.FirstContact, resolution.ServiceType));
    }

    [Fact]
    public async Task Transfers_are_counted_and_a_manual_escalation_needs_a_reason()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        await Lifecycle(engine).TransferAsync(EngineHarness.OrganizationId, ticket.Id, null, "network team", true, "agent", Cancel);
        var second = (await Lifecycle(engine).TransferAsync(EngineHarness.OrganizationId, ticket.Id, null, "server team", true, "agent", Cancel)).Value!;
        var noReason = await Lifecycle(engine).EscalateAsync(EngineHarness.OrganizationId, ticket.Id, null, SupportTier.ThirdLevel, null, " ", "lead", Cancel);
        var escalated = (await Lifecycle(engine).EscalateAsync(EngineHarness.OrganizationId, ticket.Id, null, SupportTier.ThirdLevel, "servers", "Outage", "lead", Cancel)).Value!;

        Assert.Equal(2, second.TransferCount);
        Assert.Equal("reason", Assert.Single(noReason.Errors).Field[^1]);
        Assert.Equal((SupportTier.ThirdLevel, "Outage", "servers"), (escalated.Tier, escalated.Escalation!.Reason, escalated.Escalation.Team));
    }

    [Fact]
    public async Task An_edit_records_which_fields_changed_and_an_edit_that_changes_nothing_is_refused()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var edited = (await Lifecycle(engine).EditAsync(EngineHarness.OrganizationId, ticket.Id, 1, new TicketEdit(Subject: "Mail is down for everyone", Priority: TicketPriority.Urgent, ActorId: "agent"), Cancel)).Value!;
        var same = await Lifecycle(engine).EditAsync(EngineHarness.OrganizationId, ticket.Id, null, new TicketEdit(Priority: TicketPriority.Urgent), Cancel);

        Assert.Equal(("Mail is down for everyone", TicketPriority.Urgent, 2), (edited.Subject, edited.Priority, edited.Version));
        var update = Assert.IsType<TicketUpdated>((await engine.Get<IEventLog>().ReadTicketAsync(EngineHarness.OrganizationId, ticket.Id, Cancel))[^1].Event);
        Assert.Equal(["subject", "priority"], update.Fields);
        Assert.StartsWith("Nothing changes", Assert.Single(same.Errors).Message);
    }

    [Fact]
    public async Task A_change_to_a_ticket_of_another_organisation_is_refused_as_not_found()
    {
        await using var engine = await EngineHarness.StartAsync();
        var ticket = await OpenAsync(engine);

        var result = await Lifecycle(engine).AddNoteAsync("someone-else", ticket.Id, null, NoteKind.Internal, "peek", "intruder", Cancel);

        Assert.Equal(UserErrorCode.NotFound, Assert.Single(result.Errors).Code);
        Assert.Empty(await engine.Get<INoteStore>().ListAsync(EngineHarness.OrganizationId, ticket.Id, Cancel));
    }

    private static TicketLifecycle Lifecycle(EngineHarness engine) => engine.Get<TicketLifecycle>();

    private static async Task<Ticket> OpenAsync(EngineHarness engine) =>
        (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Mail is down" }, Cancel)).Value!;
}
