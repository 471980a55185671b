using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>How WebSocket connections begin and end with time: the init timeout, the request timeout, shutdown.</summary>
public sealed class SubscriptionLifetimeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_socket_without_connection_init_is_closed_with_4408_after_the_configured_timeout()
    {
        await using var host = new ConfiguredHostFactory(new() { ["HelpDesk:GraphQL:ConnectionInitTimeout"] = "00:00:00.300" });
        await using var client = await ConnectAsync(host);

        Assert.Equal(4408, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscription_outlives_the_execution_timeout_of_requests()
    {
        await using var host = new ConfiguredHostFactory(new() { ["HelpDesk:GraphQL:Timeout"] = "00:00:01" });
        var organizationId = "org-" + Guid.NewGuid().ToString("N")[..12];
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(new Organization { Id = organizationId, Name = "Late", TimeZone = "UTC", Languages = ["en"] }, Ct);
        await new GraphQLClient(host.CreateClient(), TestKeys.For(host, organizationId)).PostAsync("{ tickets { totalCount } }"); // warms the schema up
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await client.SubscribeAsync("late", "subscription { ticketEvents { type } }");

        // Longer than the one second a request may execute; the event is appended directly, not through a timed request.
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        await host.Services.GetRequiredService<IEventLog>().AppendAsync(
            [new NoteAdded { Id = Guid.NewGuid().ToString("N"), OrganizationId = organizationId, TicketId = "ticket-1", OccurredAt = DateTimeOffset.UtcNow, NoteId = "note-1" }],
            Ct);
        var next = await client.ReceiveAsync();

        Assert.Equal(NoteAdded.TypeName, next.GetProperty("payload").GetProperty("data").GetProperty("ticketEvents").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Shutting_the_host_down_closes_sockets_with_going_away()
    {
        var host = new HelpDeskHostFactory();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(host);
        await client.SubscribeAsync("open", "subscription { ticketEvents { type } }");

        var stopping = host.DisposeAsync().AsTask();
        var code = await client.ReceiveCloseAsync();
        await client.DisposeAsync();
        await stopping.WaitAsync(GraphQLWebSocketClient.Patience, TestContext.Current.CancellationToken);

        Assert.Equal(1001, code);
    }

    private static Task<GraphQLWebSocketClient> ConnectAsync(WebApplicationFactory<Program> host) =>
        GraphQLWebSocketClient.ConnectAsync(host);
}
