using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Everything_written_is_there_after_the_store_is_reopened()
    {
        var number = await Store.Tickets.NextNumberAsync(OrgA, Ct);
        var ticket = await InsertAsync(Samples.FullTicket(OrgA, number), idempotencyKey: "key-1");
        await Store.Organizations.UpsertAsync(new Organization { Id = OrgA, Name = "Acme" }, Ct);
        var configuration = new DeskConfiguration { OrganizationId = OrgA, Plugins = [new PluginActivation { PluginId = "tagger" }] };
        await Store.DeskConfigurations.SaveAsync(configuration, 0, Ct);
        await Store.PluginData.SetAsync(OrgA, "tagger", "seen", "1", Ct);

        await ReopenAsync();

        AssertSameTicket(ticket, await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct));
        AssertSameTicket(ticket, await Store.Tickets.FindByIdempotencyKeyAsync(OrgA, "key-1", Ct));
        Assert.Equal([1L], (await Store.Tickets.ListAsync(OrgA, new TicketQuery { Filter = new TicketFilter { Tags = ["lemon"] }, Limit = 5 }, Ct)).Items.Select(t => t.Number));
        Assert.Equal("ticket.opened", Assert.Single(await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct)).Event.Type);
        Assert.Equal("Acme", (await Store.Organizations.FindAsync(OrgA, Ct))!.Name);
        Assert.Equal(Samples.Json(configuration), Samples.Json(await Store.DeskConfigurations.FindAsync(OrgA, Ct)));
        Assert.Equal("1", await Store.PluginData.GetAsync(OrgA, "tagger", "seen", Ct));
        Assert.Equal(2, await Store.Tickets.NextNumberAsync(OrgA, Ct));
    }

    [Fact]
    public async Task Initialising_an_initialised_store_again_keeps_its_data()
    {
        var ticket = await InsertAsync(Samples.Ticket(OrgA, 1));

        await Store.Initializer.InitializeAsync(Ct);
        await Store.Initializer.InitializeAsync(Ct);

        AssertSameTicket(ticket, await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct));
        Assert.Single(await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct));
    }
}
