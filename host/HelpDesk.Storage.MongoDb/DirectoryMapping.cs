using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>How one kind of directory entry (contacts, assets) is kept in its collection.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed record DirectoryMapping<T>
{
    /// <summary>Gets what an entry is called in errors, for example <c>contact</c>.</summary>
    public required string Entity { get; init; }

    public required Func<T, string> OrganizationIdOf { get; init; }

    public required Func<T, string> IdOf { get; init; }

    public required Func<T, int> VersionOf { get; init; }

    /// <summary>Gets the stored form of an entry, <c>_id</c> included.</summary>
    public required Func<T, BsonDocument> ToDocument { get; init; }
}
