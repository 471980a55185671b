using System.Text.Json;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>A call with a hold over GraphQL against the real host whose clock the test moves: the queue and the check-back reminders arrive live.</summary>
public sealed class HoldApiTests(FakeClockHostFactory host) : IClassFixture<FakeClockHostFactory>
{
    private const string Interaction = "id step version onHold totalHoldTime holds { reason checkBackCount duration } steps { step duration }";

    [Fact]
    public async Task A_held_caller_is_queued_the_agent_is_reminded_to_check_back_every_35_seconds_and_the_hold_time_is_recorded()
    {
        var (organizationId, agent) = await CreateOrganizationAsync();
        var ticketId = (await agent.OpenTicketAsync("VPN drops")).GetProperty("id").GetString();
        await using var queue = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await queue.SubscribeAsync("queue", "subscription { queueChanged { position agentId reason waitedFor interaction { id } } }");
        await using var reminders = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await reminders.SubscribeAsync("reminders", "subscription { reminders(agentId: \"mila\") { checkBackNumber waitedFor reason lines interactionId } }");

        var started = (await agent.PostAsync(
            $"mutation($input: StartInteractionInput!) {{ startInteraction(input: $input) {{ interaction {{ {Interaction} }} script {{ moment lines }} userErrors {{ field }} }} }}",
            new { input = new { ticketId, agentId = "mila", agentName = "Mila" } })).Path("startInteraction");
        var id = started.GetProperty("interaction").GetProperty("id").GetString();
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        await ChangeAsync(agent, "moveInteraction", "MoveInteractionInput", new { interactionId = id, step = "VENTING" });
        var held = await ChangeAsync(agent, "holdInteraction", "HoldInteractionInput", new { interactionId = id, reason = "check your connection with the network team" });
        var queued = Data(await queue.ReceiveAsync(), "queueChanged");

        Assert.Equal("GREETING", started.GetProperty("script").GetProperty("moment").GetString());
        Assert.Contains("Mila", started.GetProperty("script").GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("check your connection with the network team", held.GetProperty("script").GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
        var first = Assert.Single(queued.EnumerateArray());
        Assert.Equal((1, "mila", "PT0S", id), (first.GetProperty("position").GetInt32(), first.GetProperty("agentId").GetString(), first.GetProperty("waitedFor").GetString(), first.GetProperty("interaction").GetProperty("id").GetString()));

        var heldAt = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromSeconds(35));
        var firstReminder = Data(await reminders.ReceiveAsync(), "reminders");
        await WaitUntilNextReminderIsScheduledAsync(organizationId, heldAt.AddSeconds(70));
        host.Clock.Advance(TimeSpan.FromSeconds(35));
        var secondReminder = Data(await reminders.ReceiveAsync(), "reminders");

        Assert.Equal((1, "PT35S", id), (firstReminder.GetProperty("checkBackNumber").GetInt32(), firstReminder.GetProperty("waitedFor").GetString(), firstReminder.GetProperty("interactionId").GetString()));
        Assert.Contains("Thank you for holding", firstReminder.GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((2, "PT1M10S"), (secondReminder.GetProperty("checkBackNumber").GetInt32(), secondReminder.GetProperty("waitedFor").GetString()));

        host.Clock.Advance(TimeSpan.FromSeconds(10));
        var resumed = await ChangeAsync(agent, "resumeInteraction", "ResumeInteractionInput", new { interactionId = id });
        var emptied = Data(await queue.ReceiveAsync(), "queueChanged");
        var interaction = resumed.GetProperty("interaction");

        Assert.Empty(emptied.EnumerateArray());
        Assert.Equal(("PT1M20S", false), (interaction.GetProperty("totalHoldTime").GetString(), interaction.GetProperty("onHold").GetBoolean()));
        Assert.Equal((2, "PT1M20S"), (interaction.GetProperty("holds")[0].GetProperty("checkBackCount").GetInt32(), interaction.GetProperty("holds")[0].GetProperty("duration").GetString()));
        Assert.StartsWith("Thank you for waiting", resumed.GetProperty("script").GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
        var onTicket = (await agent.PostAsync($"query($id: ID!) {{ ticket(id: $id) {{ interactions {{ {Interaction} }} }} holdQueue {{ position }} }}", new { id = ticketId })).Body.GetProperty("data");
        Assert.Equal(
            [("GREETING", "PT20S"), ("VENTING", "PT1M20S")],
            onTicket.GetProperty("ticket").GetProperty("interactions")[0].GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("step").GetString(), s.GetProperty("duration").GetString())));
        Assert.Empty(onTicket.GetProperty("holdQueue").EnumerateArray());
    }

    [Fact]
    public async Task Holding_without_a_reason_or_with_a_stale_version_is_a_user_error_naming_the_field()
    {
        var (_, agent) = await CreateOrganizationAsync();
        var ticketId = (await agent.OpenTicketAsync("Printer")).GetProperty("id").GetString();
        var id = (await agent.PostAsync(
            "mutation($input: StartInteractionInput!) { startInteraction(input: $input) { interaction { id } } }",
            new { input = new { ticketId, agentId = "mila", channel = "CHAT" } })).Path("startInteraction").GetProperty("interaction").GetProperty("id").GetString();

        var noReason = await ChangeAsync(agent, "holdInteraction", "HoldInteractionInput", new { interactionId = id, reason = "" });
        var stale = await ChangeAsync(agent, "moveInteraction", "MoveInteractionInput", new { interactionId = id, step = "DIAGNOSIS", expectedVersion = 7 });
        var unknown = await ChangeAsync(agent, "endInteraction", "EndInteractionInput", new { interactionId = "bm9wZQ" });

        Assert.Equal(("reason", "REQUIRED"), FirstError(noReason));
        Assert.Equal(("expectedVersion", "CONFLICT"), FirstError(stale));
        Assert.Equal(("interactionId", "NOT_FOUND"), FirstError(unknown));
        Assert.Equal(JsonValueKind.Null, noReason.GetProperty("interaction").ValueKind);
    }

    private static JsonElement Data(JsonElement message, string field) => message.GetProperty("payload").GetProperty("data").GetProperty(field);

    private static (string?, string?) FirstError(JsonElement payload)
    {
        var error = payload.GetProperty("userErrors")[0];
        return (error.GetProperty("field")[1].GetString(), error.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ChangeAsync(GraphQLClient agent, string mutation, string inputType, object input) =>
        (await agent.PostAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ interaction {{ {Interaction} }} script {{ moment lines }} userErrors {{ field code message }} }} }}",
            new { input })).Path(mutation);

    private async Task<(string Id, GraphQLClient Agent)> CreateOrganizationAsync()
    {
        var id = "holds-" + Guid.NewGuid().ToString("N")[..8];
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(
            new Organization { Id = id, Name = "Contoso Desk", TimeZone = "Europe/Amsterdam", Languages = ["en"] }, TestContext.Current.CancellationToken);
        return (id, host.GraphQL(id, ApiKeyRole.Agent));
    }

    // The reminder's event is committed before its handler schedules the next one; the clock may only move on after that.
    private async Task WaitUntilNextReminderIsScheduledAsync(string organizationId, DateTimeOffset dueAt)
    {
        var schedule = host.Services.GetRequiredService<IScheduleStore>();
        var jobs = await WaitAsync(async () =>
        {
            var page = await host.Services.GetRequiredService<IInteractionStore>().ListHeldAsync(organizationId, TestContext.Current.CancellationToken);
            var job = await schedule.FindAsync(organizationId, "hold-check-back:" + page[0].Id, TestContext.Current.CancellationToken);
            return job?.DueAt == dueAt;
        });
        Assert.True(jobs, "The second check-back reminder was never scheduled.");
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return false;
    }
}
