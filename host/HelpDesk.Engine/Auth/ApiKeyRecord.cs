namespace HelpDesk.Engine.Auth;

/// <summary>
/// A stored API key: its public id and a salted hash of its secret, never the secret itself.
/// A key is shown once, as <c>hd_&lt;id&gt;_&lt;secret&gt;</c>, when it is created.
/// </summary>
public sealed record ApiKeyRecord
{
    /// <summary>Gets the key's public id (the part after <c>hd_</c>), unique across all organisations.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the organisation the key acts for.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets a name that tells people which key this is (for example "agent console").</summary>
    public required string Name { get; init; }

    /// <summary>Gets what the key may do.</summary>
    public required ApiKeyRole Role { get; init; }

    /// <summary>Gets the random salt, base64.</summary>
    public required string Salt { get; init; }

    /// <summary>Gets the SHA-256 hash of salt and secret, base64.</summary>
    public required string Hash { get; init; }

    /// <summary>Gets when the key was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the key was revoked; a revoked key authenticates nothing.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
