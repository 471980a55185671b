using HelpDesk.Engine.Storage;
using HelpDesk.Storage.Contract;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>Many requests writing at once through one store instance, as a busy host does.</summary>
public sealed class ConcurrentWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parallel_creates_across_organisations_lose_nothing()
    {
        await using var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        string[] organizations = ["org-a", "org-b", "org-c"];

        await Task.WhenAll(Enumerable.Range(0, 150).Select(i => Task.Run(
            async () =>
            {
                var organizationId = organizations[i % organizations.Length];
                var number = await ports.Tickets.NextNumberAsync(organizationId, Ct);
                var ticket = Samples.Ticket(organizationId, number) with { AssigneeId = $"agent-{i % 4}" };
                await ports.Tickets.InsertAsync(ticket, $"key-{i}", [Samples.Opened(ticket)], Ct);
                _ = await ports.Tickets.FindAsync(organizationId, ticket.Id, Ct);
            },
            Ct)));

        foreach (var organizationId in organizations)
        {
            var page = await ports.Tickets.ListAsync(organizationId, new TicketQuery { Descending = false, Limit = 100 }, Ct);
            Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), page.Items.Select(t => t.Number));
            Assert.Equal(50, (await ports.Events.ReadAsync(organizationId, 0, 100, Ct)).Count);
        }
    }

    public void Dispose() => folder.Dispose();
}
