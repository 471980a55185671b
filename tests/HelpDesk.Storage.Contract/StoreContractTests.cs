using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Xunit;

namespace HelpDesk.Storage.Contract;

/// <summary>
/// The storage contract. A store's test project derives from this class and says how to open a fresh
/// store and how to reopen it over the same data; every test then runs against that store.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    protected const string OrgA = "org-a";
    protected const string OrgB = "org-b";

    private StorePorts? store;

    /// <summary>Gets the store under test, initialised.</summary>
    protected StorePorts Store => store ?? throw new InvalidOperationException("The store is opened in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await store.Initializer.InitializeAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeStoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens an empty store of its own for one test.</summary>
    protected abstract Task<StorePorts> CreateStoreAsync();

    /// <summary>Lets go of the current instance and opens a new one over the same data, as a restarted host would.</summary>
    protected abstract Task<StorePorts> ReopenStoreAsync();

    /// <summary>Closes the store and removes its data.</summary>
    protected abstract ValueTask DisposeStoreAsync();

    protected async Task ReopenAsync()
    {
        store = await ReopenStoreAsync();
        await store.Initializer.InitializeAsync(Ct);
    }

    protected async Task<Ticket> InsertAsync(Ticket ticket, string? idempotencyKey = null, params DomainEvent[] events)
    {
        await Store.Tickets.InsertAsync(ticket, idempotencyKey, events.Length == 0 ? [Samples.Opened(ticket)] : events, Ct);
        return ticket;
    }

    /// <summary>Reads a list page after page, each starting after the last id of the one before, until none follows.</summary>
    /// <returns>The ids in the order read, and whether each page said more follow.</returns>
    protected static async Task<(List<string> Ids, List<bool> HasMore)> ReadAllPagesAsync<T>(Func<string?, Task<Page<T>>> readPage, Func<T, string> idOf)
    {
        var ids = new List<string>();
        var hasMore = new List<bool>();
        string? after = null;
        do
        {
            var page = await readPage(after);
            ids.AddRange(page.Items.Select(idOf));
            hasMore.Add(page.HasMore);
            after = page.HasMore ? idOf(page.Items[^1]) : null;
        }
        while (after is not null);

        return (ids, hasMore);
    }

    protected static void AssertSameTicket(Ticket expected, Ticket? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Samples.Json(expected), Samples.Json(actual));
    }
}
