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
        var contact = DirectorySamples.FullContact(OrgA, "c-1");
        var asset = DirectorySamples.FullAsset(OrgA, "a-1");
        var note = NoteSamples.Note(ticket, "n-1", Samples.Now);
        var key = ApiKeySamples.Key(OrgA, "k-1", Samples.Now);
        await Store.Contacts.InsertAsync(contact, Ct);
        await Store.Assets.InsertAsync(asset, Ct);
        await Store.Tickets.UpdateAsync(ticket with { Version = 2 }, 1, [NoteSamples.Noted(note)], [note], Ct);
        await Store.ApiKeys.InsertAsync(key, Ct);

        await ReopenAsync();

        AssertSameTicket(ticket with { Version = 2 }, await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct));
        AssertSameTicket(ticket with { Version = 2 }, await Store.Tickets.FindByIdempotencyKeyAsync(OrgA, "key-1", Ct));
        Assert.Equal([1L], (await Store.Tickets.ListAsync(OrgA, new TicketQuery { Filter = new TicketFilter { Tags = ["lemon"] }, Limit = 5 }, Ct)).Items.Select(t => t.Number));
        Assert.Equal(["ticket.opened", "note.added"], (await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct)).Select(e => e.Event.Type));
        Assert.Equal("Acme", (await Store.Organizations.FindAsync(OrgA, Ct))!.Name);
        Assert.Equal(Samples.Json(configuration), Samples.Json(await Store.DeskConfigurations.FindAsync(OrgA, Ct)));
        Assert.Equal("1", await Store.PluginData.GetAsync(OrgA, "tagger", "seen", Ct));
        Assert.Equal(2, await Store.Tickets.NextNumberAsync(OrgA, Ct));
        Assert.Equal(Samples.Json(contact), Samples.Json(await Store.Contacts.FindAsync(OrgA, contact.Id, Ct)));
        Assert.Equal(Samples.Json(asset), Samples.Json(await Store.Assets.FindBySerialNumberAsync(OrgA, asset.SerialNumber, Ct)));
        Assert.Equal(Samples.Json(note), Samples.Json(Assert.Single(await Store.Notes.ListAsync(OrgA, ticket.Id, Ct))));
        Assert.Equal(Samples.Json(key), Samples.Json(await Store.ApiKeys.FindAsync(key.Id, Ct)));
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
