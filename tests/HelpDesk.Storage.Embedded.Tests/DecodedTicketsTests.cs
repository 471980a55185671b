using HelpDesk.Engine.Directory;
using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>A ticket read again with unchanged stored text is not decoded again; any change to the text is.</summary>
public sealed class DecodedTicketsTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_same_stored_text_gives_the_same_ticket_and_other_text_a_new_one()
    {
        var decoded = new DecodedTickets();
        var ticket = Samples.Ticket("org-a", 1) with { Tags = [new Tag { Name = "printer" }] };
        var json = Utf8(ticket);

        var first = decoded.Decode("org-a", ticket.Id, json, decoded.Erasures);
        var again = decoded.Decode("org-a", ticket.Id, [.. json], decoded.Erasures);
        var changed = decoded.Decode("org-a", ticket.Id, Utf8(ticket with { Subject = "Printer 1 is fixed" }), decoded.Erasures);

        Assert.Same(first, again);
        Assert.Equal("Printer 1 is jammed", first.Subject);
        Assert.Equal("Printer 1 is fixed", changed.Subject);
        Assert.Equal("printer", Assert.Single(first.Tags).Name);
    }

    [Fact]
    public void A_ticket_handed_to_every_reader_cannot_have_its_tags_changed_by_one()
    {
        var ticket = Samples.Ticket("org-a", 1) with { Tags = [new Tag { Name = "printer" }] };

        var shared = new DecodedTickets().Decode("org-a", ticket.Id, Utf8(ticket), erasuresBeforeRead: 0);

        var tags = Assert.IsAssignableFrom<IList<Tag>>(shared.Tags);
        Assert.Throws<NotSupportedException>(() => tags.Add(new Tag { Name = "changed" }));
        Assert.Throws<NotSupportedException>(() => tags[0] = new Tag { Name = "changed" });
    }

    [Fact]
    public void The_tickets_kept_stay_within_the_capacity()
    {
        var decoded = new DecodedTickets(capacity: 2);

        for (var number = 1; number <= 5; number++)
        {
            var ticket = Samples.Ticket("org-a", number);
            decoded.Decode("org-a", ticket.Id, Utf8(ticket), decoded.Erasures);
        }

        Assert.InRange(decoded.Count, 1, 2);
    }

    [Fact]
    public void Text_read_before_an_erasure_dropped_it_is_decoded_for_its_reader_but_not_kept()
    {
        var decoded = new DecodedTickets();
        var ticket = Samples.Ticket("org-a", 1);
        var readBeforeTheErasure = decoded.Erasures;

        decoded.Forget("org-a", [ticket.Id]);
        var late = decoded.Decode("org-a", ticket.Id, Utf8(ticket), readBeforeTheErasure);
        var afterwards = decoded.Decode("org-a", ticket.Id, Utf8(ticket), decoded.Erasures);

        Assert.Equal("Printer 1 is jammed", late.Subject);
        Assert.NotSame(late, afterwards);
        Assert.Equal(1, decoded.Count);
    }

    [Fact]
    public async Task A_ticket_rewritten_on_disk_past_the_store_is_read_as_rewritten()
    {
        var (host, ports, ticket) = await StoreWithOneTicketAsync();
        await using var _ = host;
        var before = await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);

        // Same version, other text: what an erasure or a hand edit leaves.
        await RawSqlite.ScalarAsync(folder.DatabasePath, "UPDATE tickets SET document = json_set(document, '$.subject', 'Erased') WHERE id = '" + ticket.Id + "';");
        var after = await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);

        Assert.Equal(ticket.Subject, before!.Subject);
        Assert.Equal("Erased", after!.Subject);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task A_ticket_updated_through_the_store_is_read_at_its_new_version()
    {
        var (host, ports, ticket) = await StoreWithOneTicketAsync();
        await using var _ = host;
        var read = await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);

        await ports.Tickets.UpdateAsync(read! with { Status = TicketStatus.Open, Version = read.Version + 1 }, read.Version, [], Ct);
        var updated = await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);

        Assert.Equal(TicketStatus.Open, updated!.Status);
        Assert.Equal(read.Version + 1, updated.Version);
        Assert.Equal(TicketStatus.New, read.Status);
    }

    [Fact]
    public async Task A_ticket_read_twice_unchanged_is_decoded_once()
    {
        var (host, ports, ticket) = await StoreWithOneTicketAsync();
        await using var _ = host;

        var first = await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);
        var again = await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);

        Assert.Same(first, again);
    }

    [Fact]
    public async Task An_erasure_drops_the_contacts_tickets_from_memory_and_the_next_read_is_redacted()
    {
        var contact = DirectorySamples.FullContact("org-a", "contact-7");
        var (host, ports, ticket) = await StoreWithOneTicketAsync(Samples.Ticket("org-a", 1) with { ContactId = contact.Id, Subject = "Zoë O'Brien-Müller reports the printer jams" });
        await using var _ = host;
        await ports.Contacts.InsertAsync(contact, Ct);
        var memo = host.Services.GetRequiredService<DecodedTickets>();
        await ports.Tickets.FindAsync("org-a", ticket.Id, Ct);
        var keptBefore = memo.Count;

        await ports.Contacts.EraseAsync(contact with { Name = ContactService.ErasedName, Email = null, Phone = null, Version = contact.Version + 1 }, contact.Version, PersonalDataRedaction.Of(contact), Ct);

        Assert.Equal((1, 0), (keptBefore, memo.Count));
        Assert.Equal("[erased] reports the printer jams", (await ports.Tickets.FindAsync("org-a", ticket.Id, Ct))!.Subject);
    }

    private async Task<(EmbeddedStoreHost Host, StorePorts Ports, Ticket Ticket)> StoreWithOneTicketAsync(Ticket? stored = null)
    {
        var host = EmbeddedStoreHost.Open(folder.DatabasePath);
        var ports = await host.OpenInitializedAsync();
        var ticket = stored ?? Samples.Ticket("org-a", 1);
        await ports.Tickets.InsertAsync(ticket, null, [Samples.Opened(ticket)], Ct);
        return (host, ports, ticket);
    }

    private static byte[] Utf8(Ticket ticket) => System.Text.Encoding.UTF8.GetBytes(StoreJson.Serialize(ticket));
}
