using System.Diagnostics;
using HelpDesk.Benchmarks.Setup;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Benchmarks.Scenarios;

/// <summary>
/// The baseline of the write-path figure: what <c>openTicket</c> leaves to the embedded store – take the next number, insert
/// the ticket with its opened event in one transaction – called directly, from as many concurrent callers as the HTTP
/// load uses connections, for a fixed time.
/// </summary>
internal static class StoreWrites
{
    public static async Task RunAsync(Results results, TimeSpan duration, int callers, string storeDirectory)
    {
        await using var engine = await EngineHost.StartAsync(storeDirectory);
        var store = engine.Services.GetRequiredService<ITicketStore>();
        var organizationId = EngineHost.OrganizationId;
        long written = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(async worker =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var now = DateTimeOffset.UtcNow;
                var id = $"direct-{worker}-{i}";
                var number = await store.NextNumberAsync(organizationId, CancellationToken.None);
                var ticket = new Ticket { Id = id, OrganizationId = organizationId, Number = number, Subject = "Cannot log in: password expired", Priority = TicketPriority.High, CreatedAt = now, UpdatedAt = now };
                var opened = new TicketOpened { Id = id + "-o", OrganizationId = organizationId, TicketId = id, OccurredAt = now, Number = number, Priority = ticket.Priority };
                await store.InsertAsync(ticket, null, [opened], CancellationToken.None);
                Interlocked.Increment(ref written);
            }
        });
        await Task.WhenAll(workers);
        results.Write("write.direct_per_second", written / clock.Elapsed.TotalSeconds);
    }
}
