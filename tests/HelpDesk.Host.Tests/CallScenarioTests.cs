using System.Globalization;
using System.Text.Json;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>
/// One whole call through GraphQL on the running host with a clock the test moves: greeting, a hold with two check-backs,
/// a warm transfer, a message taken, a promise made and kept, goodbye and resolution – every event logged in order, and
/// the hold time, transfer and kept promise counted in the metrics.
/// </summary>
public sealed class CallScenarioTests(FakeClockHostFactory host) : IClassFixture<FakeClockHostFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_with_a_hold_a_warm_transfer_a_message_and_a_kept_promise_is_recorded_event_by_event()
    {
        var organization = "calls-" + Guid.NewGuid().ToString("N")[..8];
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(
            new Organization { Id = organization, Name = "Contoso Desk", TimeZone = "Europe/Amsterdam", Languages = ["en"] }, Ct);
        var agent = host.GraphQL(organization, ApiKeyRole.Agent);
        var supervisor = host.GraphQL(organization, ApiKeyRole.Supervisor);
        var startedAt = host.Clock.GetUtcNow();
        var contactId = (await agent.PostAsync("mutation { createContact(input: { name: \"Eva Jansen\", timeZone: \"Europe/Amsterdam\" }) { contact { id } } }"))
            .Path("createContact", "contact", "id").GetString();
        var ticket = (await agent.PostAsync(
            "mutation($input: OpenTicketInput!) { openTicket(input: $input) { ticket { id } } }",
            new { input = new { subject = "Laptop does not reach the VPN", contactId } })).Path("openTicket", "ticket");
        var ticketId = ticket.GetProperty("id").GetString()!;

        var greeting = await MutateAsync(agent, "startInteraction", "StartInteractionInput", "interaction { id } script { lines }", new { ticketId, agentId = "mila", agentName = "Mila" });
        var interactionId = greeting.GetProperty("interaction").GetProperty("id").GetString()!;
        Assert.Contains("Mila", string.Join(" ", greeting.GetProperty("script").GetProperty("lines").EnumerateArray().Select(l => l.GetString())), StringComparison.Ordinal);
        await MutateAsync(agent, "moveInteraction", "MoveInteractionInput", "interaction { step }", new { interactionId, step = "VENTING" });
        await MutateAsync(agent, "holdInteraction", "HoldInteractionInput", "interaction { onHold }", new { interactionId, reason = "check the VPN gateway" });
        var heldAt = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromSeconds(35));
        await WaitForEventsAsync(organization, ticketId, "interaction.check_back_due", 1);
        await WaitForJobAsync(organization, "hold-check-back:", heldAt.AddSeconds(70));
        host.Clock.Advance(TimeSpan.FromSeconds(35));
        await WaitForEventsAsync(organization, ticketId, "interaction.check_back_due", 2);
        var resumed = await MutateAsync(agent, "resumeInteraction", "ResumeInteractionInput", "interaction { totalHoldTime }", new { interactionId });
        Assert.Equal("PT1M10S", resumed.GetProperty("interaction").GetProperty("totalHoldTime").GetString());

        var requested = await MutateAsync(
            agent, "requestTransfer", "RequestTransferInput", "transferRequest { id status } warnings",
            new { ticketId, to = "network team", from = "Mila", summary = "Eva Jansen: VPN fails since the update; gateway checked.", directNumber = "+31201234567" });
        var accepted = await MutateAsync(
            agent, "acceptTransfer", "AcceptTransferInput", "transferRequest { status } ticket { transferCount }", new { requestId = requested.GetProperty("transferRequest").GetProperty("id").GetString() });
        Assert.Empty(requested.GetProperty("warnings").EnumerateArray());
        Assert.Equal(("ACCEPTED", 1), (accepted.GetProperty("transferRequest").GetProperty("status").GetString(), accepted.GetProperty("ticket").GetProperty("transferCount").GetInt32()));

        var now = host.Clock.GetUtcNow();
        var message = await MutateAsync(agent, "takeMessage", "TakeMessageInput", "message { status } readBack { lines }", new
        {
            ticketId, callerFirstName = "Eva", callerLastName = "Jansen", callerOrganization = "Jansen Bakery", @for = "Tom de Vries", phone = "+31201234567",
            text = "Please call about the VPN licence.", urgency = "HIGH", callBackFrom = Iso(now.AddHours(1)), callBackTo = Iso(now.AddHours(3)),
            callerTimeZone = "Europe/Amsterdam", takenBy = "Mila",
        });
        Assert.Equal("OPEN", message.GetProperty("message").GetProperty("status").GetString());
        Assert.Contains("+31201234567", string.Join(" ", message.GetProperty("readBack").GetProperty("lines").EnumerateArray().Select(l => l.GetString())), StringComparison.Ordinal);

        var promise = await MutateAsync(agent, "makePromise", "MakePromiseInput", "promise { id status }", new { ticketId, text = "I will call you back with the new VPN profile.", dueAt = Iso(now.AddHours(1)) });
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var kept = await MutateAsync(agent, "keepPromise", "KeepPromiseInput", "promise { status keptOnTime }", new { promiseId = promise.GetProperty("promise").GetProperty("id").GetString() });
        Assert.Equal(("KEPT", true), (kept.GetProperty("promise").GetProperty("status").GetString(), kept.GetProperty("promise").GetProperty("keptOnTime").GetBoolean()));

        await MutateAsync(agent, "moveInteraction", "MoveInteractionInput", "interaction { step }", new { interactionId, step = "GOODBYE" });
        await MutateAsync(agent, "endInteraction", "EndInteractionInput", "interaction { endedAt }", new { interactionId });
        await agent.PostAsync("mutation($id: ID!) { resolveTicket(input: { ticketId: $id, firstContact: false }) { userErrors { code } } }", new { id = ticketId });

        var logged = await TypesAsync(organization, ticketId);
        string[] story =
        [
            "ticket.opened", "interaction.started", "interaction.step_changed", "interaction.held", "interaction.check_back_due", "interaction.check_back_due",
            "interaction.resumed", "transfer.requested", "transfer.accepted", "ticket.transferred", "message.taken", "promise.made", "promise.kept",
            "interaction.step_changed", "interaction.ended", "ticket.resolved",
        ];
        Assert.Equal(story, logged.Where(story.Contains));
        var metrics = (await supervisor.PostAsync(
            "query($from: DateTime!, $to: DateTime!) { metrics(names: [\"hold-time\", \"transfer-count\", \"promises-kept\", \"resolved-count\"], from: $from, to: $to) { name total { value } } }",
            new { from = Iso(startedAt), to = Iso(startedAt.AddDays(1)) })).Path("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("total").GetProperty("value").GetDouble());
        Assert.Equal(70, metrics["hold-time"]);
        Assert.Equal(1, metrics["transfer-count"]);
        Assert.Equal(1, metrics["promises-kept"]);
        Assert.Equal(1, metrics["resolved-count"]);
    }

    private static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> MutateAsync(GraphQLClient client, string mutation, string inputType, string selection, object input)
    {
        var response = await client.PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} userErrors {{ field message }} }} }}", new { input });
        Assert.False(response.HasErrors, response.Body.ToString());
        var payload = response.Path(mutation);
        Assert.True(payload.GetProperty("userErrors").GetArrayLength() == 0, payload.ToString());
        return payload;
    }

    private async Task<List<string>> TypesAsync(string organization, string ticketGlobalId)
    {
        // Ids are opaque to clients; this test reads the log directly, so it takes the ticket's own id out of the global one.
        var ticketId = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(ticketGlobalId)).Split(':', 2)[1];
        return [.. (await host.Services.GetRequiredService<IEventLog>().ReadTicketAsync(organization, ticketId, Ct)).Select(e => e.Event.Type)];
    }

    /// <summary>Background work (the scheduler) commits on its own task; waits until the ticket's log shows it.</summary>
    private async Task WaitForEventsAsync(string organization, string ticketGlobalId, string type, int count)
    {
        for (var attempt = 0; attempt < 100 && (await TypesAsync(organization, ticketGlobalId)).Count(t => t == type) < count; attempt++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(count, (await TypesAsync(organization, ticketGlobalId)).Count(t => t == type));
    }

    /// <summary>A handler re-arms its job after its event is committed; the clock may only move on once it has.</summary>
    private async Task WaitForJobAsync(string organization, string idPrefix, DateTimeOffset dueAt)
    {
        var held = await host.Services.GetRequiredService<IInteractionStore>().ListHeldAsync(organization, Ct);
        var jobId = idPrefix + held[0].Id;
        for (var attempt = 0; attempt < 100 && (await host.Services.GetRequiredService<IScheduleStore>().FindAsync(organization, jobId, Ct))?.DueAt != dueAt; attempt++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(dueAt, (await host.Services.GetRequiredService<IScheduleStore>().FindAsync(organization, jobId, Ct))?.DueAt);
    }
}
