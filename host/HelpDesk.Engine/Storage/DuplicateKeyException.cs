namespace HelpDesk.Engine.Storage;

/// <summary>An insert was refused because a unique key (id, number, idempotency key) is already taken.</summary>
/// <param name="entity">What was inserted.</param>
/// <param name="key">Which key clashed.</param>
public sealed class DuplicateKeyException(string entity, string key)
    : Exception($"A {entity} with the same {key} already exists.")
{
    /// <summary>Gets what was inserted.</summary>
    public string Entity { get; } = entity;

    /// <summary>Gets which key clashed.</summary>
    public string Key { get; } = key;
}
