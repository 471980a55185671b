using HelpDesk.Sdk.Domain;
using HelpDesk.Storage.Contract;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>A note as stored: its pinned form and an exact round trip.</summary>
public sealed class NoteBsonTests
{
    [Fact]
    public void A_note_is_stored_in_the_pinned_form_and_reads_back_exactly()
    {
        var ticket = Samples.Ticket("org-a", 1);
        var note = NoteSamples.Note(ticket, "n-1", Samples.Now.AddTicks(1_234_567), NoteKind.Reply);

        var document = Bson.OverTheWire(NoteDocuments.ToDocument(note));

        Assert.Equal(
            new BsonDocument
            {
                { "_id", new BsonDocument { { "o", "org-a" }, { "i", "n-1" } } },
                { "id", "n-1" },
                { "organizationId", "org-a" },
                { "ticketId", ticket.Id },
                { "kind", "Reply" },
                { "authorId", "agent-3" },
                { "text", note.Text },
                { "createdAt", Bson.Instant(note.CreatedAt) },
            },
            document);
        Assert.Equal(Samples.Json(note), Samples.Json(NoteDocuments.FromDocument(document)));
    }
}
