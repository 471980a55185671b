using HelpDesk.Engine.Storage;
using HelpDesk.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>Committed events reach the subscribers of their organisation, in log order, and nothing else does.</summary>
public sealed class EventFeedTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_subscriber_receives_its_organisations_committed_events_in_order_and_no_others()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        var feed = host.Services.GetRequiredService<IEventFeed>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var received = new List<StoredEvent>();
        var subscription = Task.Run(
            async () =>
            {
                await foreach (var stored in feed.SubscribeAsync("org-a", stop.Token))
                {
                    received.Add(stored);
                    if (received.Count == 2)
                    {
                        return;
                    }
                }
            },
            Ct);
        await Task.Delay(100, Ct);

        var mine = Samples.Ticket("org-a", 1);
        var theirs = Samples.Ticket("org-b", 1);
        await ports.Tickets.InsertAsync(theirs, null, [Samples.Opened(theirs)], Ct);
        await ports.Tickets.InsertAsync(mine, null, [Samples.Opened(mine)], Ct);
        var stale = mine with { Subject = "lost the race", Version = 2 };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ports.Tickets.UpdateAsync(stale with { Version = 6 }, 5, [Samples.Opened(stale) with { Id = "never-committed" }], Ct));
        await ports.Tickets.UpdateAsync(stale, 1, [Samples.Opened(stale) with { Id = "second" }], Ct);
        await subscription.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.All(received, e => Assert.Equal("org-a", e.Event.OrganizationId));
        Assert.Equal(["second"], received.Skip(1).Select(e => e.Event.Id));
        Assert.True(received[0].Sequence < received[1].Sequence);
        Assert.Equal(received.Select(e => e.Sequence), (await ports.Events.ReadAsync("org-a", 0, 10, Ct)).Select(e => e.Sequence));
    }
}
