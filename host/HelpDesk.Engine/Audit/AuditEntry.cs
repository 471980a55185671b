using HelpDesk.Engine.Auth;

namespace HelpDesk.Engine.Audit;

/// <summary>
/// One recorded change. Entries are only ever appended. The summary says what changed in words, and never holds a
/// secret or personal data: setting names but not their values, a key's name but not the key, a contact's id but not
/// its name.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Gets the entry's id; ids are time-ordered, so the newest entry has the greatest id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the organisation the change was made in.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets when the change was made.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets the id of the API key that made it; <see langword="null"/> when the host did.</summary>
    public string? ActorKeyId { get; init; }

    /// <summary>Gets the key's name, or what part of the host acted.</summary>
    public required string ActorName { get; init; }

    /// <summary>Gets the key's role; <see langword="null"/> when the host acted.</summary>
    public ApiKeyRole? ActorRole { get; init; }

    /// <summary>Gets what was done.</summary>
    public required AuditAction Action { get; init; }

    /// <summary>Gets the kind of thing changed: <c>ApiKey</c>, <c>Plugin</c>, <c>Desk</c>, <c>Metrics</c> or <c>Contact</c>.</summary>
    public required string TargetKind { get; init; }

    /// <summary>Gets the id of the thing changed (a key id, plugin id, desk name, contact id).</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets what changed, in words, without secrets or personal data.</summary>
    public required string Summary { get; init; }
}
