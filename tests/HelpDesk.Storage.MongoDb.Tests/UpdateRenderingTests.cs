using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>The updates the store sends: what they change and, as much, what they leave alone.</summary>
public sealed class UpdateRenderingTests
{
    [Fact]
    public void A_ticket_update_sets_every_field_but_never_the_key_or_the_idempotency_key()
    {
        var ticket = Samples.FullTicket("org-a", 1) with { Version = 5, Tags = [new Tag { Name = "VPN" }] };

        var set = Rendered.Of(TicketDocuments.NewState(ticket));

        Assert.Equal(["$set"], set.Names);
        var fields = set["$set"].AsBsonDocument;
        Assert.DoesNotContain("_id", fields.Names);
        Assert.DoesNotContain("idempotencyKey", fields.Names);
        Assert.Equal(5, fields["version"]);
        Assert.Equal(new BsonArray { "vpn" }, fields["tagKeys"]);
        Assert.Equal(new BsonArray { "printer 1 is jammed", "paper \"jams\" on tray 2 – since monday; ünïcödé ✓" }, fields["searchKeys"]);
        Assert.Equal("org-a", fields["organizationId"]);
        Assert.Equal(
            TicketDocuments.ToDocument(ticket, null).Names.Where(n => n != "_id").Order(),
            fields.Names.Order());
    }

    [Fact]
    public void Counters_increment_atomically_and_return_the_new_value()
    {
        Assert.Equal(BsonDocument.Parse("{ $inc: { value: NumberLong(3) } }"), Rendered.Of(Counters.Increment(3)));
        Assert.True(Counters.TakeOptions.IsUpsert);
        Assert.Equal(MongoDB.Driver.ReturnDocument.After, Counters.TakeOptions.ReturnDocument);
    }

    [Fact]
    public void A_plugin_value_update_sets_only_the_value()
    {
        Assert.Equal(BsonDocument.Parse("{ $set: { value: '0.9' } }"), Rendered.Of(DeskFilters.SetPluginValue("0.9")));
    }
}
