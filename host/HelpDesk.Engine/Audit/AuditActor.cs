using HelpDesk.Engine.Access;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Engine.Audit;

/// <summary>Who made an audited change: an API key, or the host itself (its command line or its start-up).</summary>
/// <param name="KeyId">The id of the API key used; <see langword="null"/> for the host.</param>
/// <param name="Name">The key's name, or what part of the host acted.</param>
/// <param name="Role">The key's role; <see langword="null"/> for the host.</param>
public sealed record AuditActor(string? KeyId, string Name, ApiKeyRole? Role)
{
    /// <summary>The actor of a request authenticated by an API key.</summary>
    /// <param name="caller">The caller.</param>
    /// <returns>The actor.</returns>
    public static AuditActor Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new AuditActor(caller.KeyId, caller.KeyName ?? caller.KeyId, caller.Role);
    }

    /// <summary>The host acting on its own, not for a request.</summary>
    /// <param name="how">What part of the host acted, for example its <c>install-desk</c> command.</param>
    /// <returns>The actor.</returns>
    public static AuditActor Host(string how) => new(null, how, null);
}
