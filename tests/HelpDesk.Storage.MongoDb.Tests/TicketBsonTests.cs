using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>A ticket's stored document: its pinned form, and an exact round trip.</summary>
public sealed class TicketBsonTests
{
    [Fact]
    public void A_full_ticket_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var ticket = Samples.FullTicket("org-a", 1) with { UpdatedAt = Samples.Now.AddTicks(1_234_567) };

        var document = Bson.OverTheWire(TicketDocuments.ToDocument(ticket, "create-7f3a"));

        Assert.Equal(new BsonDocument { { "o", "org-a" }, { "i", ticket.Id } }, document["_id"]);
        Assert.Equal("_id", document.GetElement(0).Name);
        Assert.Equal("org-a", document["organizationId"]);
        Assert.Equal(new BsonInt64(1), document["number"]);
        Assert.Equal("Pending", document["status"]);
        Assert.Equal("Urgent", document["priority"]);
        Assert.Equal("ThirdLevel", document["tier"]);
        Assert.Equal(Bson.Instant(ticket.CreatedAt), document["createdAt"]);
        Assert.Equal(Bson.Instant(ticket.UpdatedAt), document["updatedAt"]);
        Assert.Equal(120, document["createdAt"]["offsetMinutes"]);
        Assert.Equal(new BsonDocument { { "name", "service:printing" }, { "source", "Rule" }, { "confidence", 0.73 }, { "pluginId", "keyword-tagger" } }, document["tags"][0]);
        Assert.Equal("ScheduleFollowUp", document["escalation"]["action"]);
        Assert.Equal(-420, document["escalation"]["followUpAt"]["offsetMinutes"]);
        Assert.Equal(new BsonArray { "service:printing", "lemon" }, document["tagKeys"]);
        Assert.Equal(new BsonInt64((3L << 50) + 1), document["priorityKey"]);
        Assert.Equal(new BsonArray { "printer 1 is jammed", "paper \"jams\" on tray 2 – since monday; ünïcödé ✓" }, document["searchKeys"]);
        Assert.Equal("create-7f3a", document["idempotencyKey"]);
        Assert.Equal(1, document["version"]);

        Assert.Equal(Samples.Json(ticket), Samples.Json(TicketDocuments.FromDocument(document)));
    }

    [Fact]
    public void A_minimal_ticket_keeps_its_nulls_and_empty_lists_and_has_no_idempotency_key()
    {
        var ticket = Samples.Ticket("org-a", 2);

        var document = Bson.OverTheWire(TicketDocuments.ToDocument(ticket, idempotencyKey: null));
        var read = TicketDocuments.FromDocument(document);

        Assert.Equal(BsonNull.Value, document["assigneeId"]);
        Assert.Equal(BsonNull.Value, document["escalation"]);
        Assert.Equal(BsonNull.Value, document["resolvedAt"]);
        Assert.Equal(new BsonArray(), document["tags"]);
        Assert.Equal(new BsonArray(), document["tagKeys"]);
        Assert.False(document.Contains("idempotencyKey"));
        Assert.Equal(Samples.Json(ticket), Samples.Json(read));
        Assert.Empty(read.Tags);
        Assert.Null(read.Escalation);
    }

    [Fact]
    public void Tag_keys_are_the_lower_cased_distinct_tag_names()
    {
        var ticket = Samples.Ticket("org-a", 3) with { Tags = [new Tag { Name = "VPN" }, new Tag { Name = "vpn", Source = TagSource.Rule }, new Tag { Name = "Lemon" }] };

        var document = TicketDocuments.ToDocument(ticket, null);

        Assert.Equal(new BsonArray { "vpn", "lemon" }, document["tagKeys"]);
        Assert.Equal(["VPN", "vpn", "Lemon"], TicketDocuments.FromDocument(document).Tags.Select(t => t.Name));
    }

    [Fact]
    public void Search_keys_are_the_lower_cased_subject_and_description_as_two_texts()
    {
        var ticket = Samples.Ticket("org-a", 3) with { Subject = "VPN ÜBER Proxy", Description = "Since 50% OF users…" };

        Assert.Equal(new BsonArray { "vpn über proxy", "since 50% of users…" }, TicketDocuments.ToDocument(ticket, null)["searchKeys"]);
        Assert.Equal(new BsonArray { "same" }, TicketDocuments.ToDocument(ticket with { Subject = "Same", Description = "SAME" }, null)["searchKeys"]);
    }

    [Fact]
    public void The_backfill_sets_the_keys_a_write_would_and_leaves_out_a_text_that_is_missing()
    {
        var ticket = Samples.Ticket("org-a", 3) with { Description = "Toner EMPTY" };
        var stored = TicketDocuments.ToDocument(ticket, null);
        stored.Remove("searchKeys");

        Assert.Equal(
            new BsonDocument("$set", new BsonDocument("searchKeys", TicketDocuments.ToDocument(ticket, null)["searchKeys"])),
            Rendered.Of(TicketSearchKeysBackfill.SetKeys(stored)));
        stored.Remove("description");
        Assert.Equal(
            BsonDocument.Parse("{ $set: { searchKeys: ['printer 3 is jammed'] } }"),
            Rendered.Of(TicketSearchKeysBackfill.SetKeys(stored)));
    }

    [Fact]
    public void A_document_missing_a_required_field_fails_to_read_instead_of_leaving_it_null()
    {
        var document = TicketDocuments.ToDocument(Samples.Ticket("org-a", 4), null);
        document.Remove("subject");

        var failure = Assert.ThrowsAny<Exception>(() => TicketDocuments.FromDocument(document));

        Assert.Contains("subject", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_written_by_a_newer_host_are_ignored_when_reading()
    {
        var document = TicketDocuments.ToDocument(Samples.Ticket("org-a", 5), null);
        document["slaDeadline"] = "2025-03-20";

        Assert.Equal(5, TicketDocuments.FromDocument(document).Number);
    }
}
