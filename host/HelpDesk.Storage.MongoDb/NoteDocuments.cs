using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>A note as stored: <c>_id: { o, i: noteId }</c> (a note id is taken once per organisation), then the note's own fields.</summary>
internal static class NoteDocuments
{
    public static BsonDocument ToDocument(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var document = new BsonDocument(Fields.Id, StoredKeys.Of(note.OrganizationId, note.Id));
        document.AddRange(StoreBsonMapping.ToDocument(note));
        return document;
    }

    public static Note FromDocument(BsonDocument document) => StoreBsonMapping.FromDocument<Note>(document);
}
