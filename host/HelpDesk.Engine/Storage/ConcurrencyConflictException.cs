namespace HelpDesk.Engine.Storage;

/// <summary>A write lost a race: the document changed (or vanished) since it was read.</summary>
/// <param name="entity">What was written, for example <c>ticket</c>.</param>
/// <param name="id">The id of what was written.</param>
/// <param name="expectedVersion">The version the writer had read.</param>
public sealed class ConcurrencyConflictException(string entity, string id, int expectedVersion)
    : Exception($"The {entity} '{id}' was changed by someone else since version {expectedVersion} was read; reload it and try again.")
{
    /// <summary>Gets what was written.</summary>
    public string Entity { get; } = entity;

    /// <summary>Gets the id of what was written.</summary>
    public string Id { get; } = id;

    /// <summary>Gets the version the writer had read.</summary>
    public int ExpectedVersion { get; } = expectedVersion;
}
