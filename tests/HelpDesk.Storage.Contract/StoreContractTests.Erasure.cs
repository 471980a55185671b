using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private const string Mention = "Zoë O'Brien-Müller (zoe.obrien@example.COM, +31 20 555 0100) reports the printer jams";

    [Fact]
    public async Task Erasing_a_contact_removes_its_details_and_every_mention_in_its_tickets_and_leaves_the_rest()
    {
        var (contact, ticket, other) = await ContactWithTicketsAsync();

        var tickets = await Store.Contacts.EraseAsync(Erased(contact), contact.Version, PersonalDataRedaction.Of(contact), Ct);

        Assert.Equal(1, tickets);
        var stored = (await Store.Contacts.FindAsync(OrgA, contact.Id, Ct))!;
        Assert.Equal((ContactService.ErasedName, null, null, null, null), (stored.Name, stored.Email, stored.Phone, stored.TimeZone, stored.Language));
        Assert.Equal((CallerType.Demander, 2), (stored.CallerType, stored.Version));
        Assert.Empty((await Store.Contacts.ListAsync(OrgA, new DirectoryQuery { Text = "obrien", Limit = 10 }, Ct)).Items);

        var redacted = (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!;
        Assert.Equal("[erased] ([erased], [erased]) reports the printer jams", redacted.Subject);
        Assert.Equal("Call [erased] back after lunch.", redacted.Description);
        Assert.Equal((ticket.Version + 1, ticket.Status, ticket.CreatedAt), (redacted.Version, redacted.Status, redacted.CreatedAt));
        Assert.Equal("Note n-1: [erased] says tray 1 still jams", Assert.Single(await Store.Notes.ListAsync(OrgA, ticket.Id, Ct)).Text);
        var reopened = (await Store.Events.ReadTicketAsync(OrgA, ticket.Id, Ct)).Select(e => e.Event).OfType<TicketReopened>().Single();
        Assert.Equal("[erased] called again", reopened.Reason);
        Assert.Equal(0, await Store.Tickets.CountAsync(OrgA, new TicketFilter { Text = "brien", ContactId = contact.Id }, Ct));

        // Another contact's ticket and another organisation's ticket keep their text, even where it names the same person.
        Assert.Equal(Mention, (await Store.Tickets.FindAsync(OrgA, other.Id, Ct))!.Subject);
        Assert.Equal(Mention, (await Store.Tickets.FindAsync(OrgB, "t-b", Ct))!.Subject);
    }

    [Fact]
    public async Task An_erasure_of_a_contact_changed_since_it_was_read_writes_nothing()
    {
        var (contact, ticket, _) = await ContactWithTicketsAsync();
        await Store.Contacts.UpdateAsync(contact with { Phone = "+31205550199", Version = 2 }, 1, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Contacts.EraseAsync(Erased(contact), contact.Version, PersonalDataRedaction.Of(contact), Ct));

        Assert.Equal("+31205550199", (await Store.Contacts.FindAsync(OrgA, contact.Id, Ct))!.Phone);
        Assert.Equal(Mention, (await Store.Tickets.FindAsync(OrgA, ticket.Id, Ct))!.Subject);
        Assert.Contains("Zoë", Assert.Single(await Store.Notes.ListAsync(OrgA, ticket.Id, Ct)).Text);
    }

    private static Contact Erased(Contact contact) =>
        new() { Id = contact.Id, OrganizationId = contact.OrganizationId, Name = ContactService.ErasedName, CallerType = contact.CallerType, ErasedAt = Samples.Now, Version = contact.Version + 1 };

    /// <summary>A contact with one ticket (a note and an event naming them), a ticket of another contact and one of another organisation.</summary>
    private async Task<(Contact Contact, Ticket Ticket, Ticket Other)> ContactWithTicketsAsync()
    {
        var contact = DirectorySamples.FullContact(OrgA, "c-1");
        await Store.Contacts.InsertAsync(contact, Ct);
        var ticket = Samples.Ticket(OrgA, 1) with { ContactId = contact.Id, Subject = Mention, Description = "Call zoë back after lunch." };
        var other = Samples.Ticket(OrgA, 2) with { ContactId = "c-2", Subject = Mention };
        var elsewhere = Samples.Ticket(OrgB, 1, "t-b") with { ContactId = contact.Id, Subject = Mention };
        foreach (var t in new[] { ticket, other, elsewhere })
        {
            await Store.Tickets.InsertAsync(t, null, [Samples.Opened(t)], Ct);
        }

        var note = NoteSamples.Note(ticket, "n-1", Samples.Now) with { Text = "Note n-1: Zoë says tray 1 still jams" };
        var reopened = new TicketReopened { Id = "e-reopened", OrganizationId = OrgA, TicketId = ticket.Id, OccurredAt = Samples.Now, Reason = "O'Brien-Müller called again" };
        var changed = ticket with { Version = 2 };
        await Store.Tickets.UpdateAsync(changed, 1, [NoteSamples.Noted(note), reopened], [note], Ct);
        return (contact, changed, other);
    }
}
