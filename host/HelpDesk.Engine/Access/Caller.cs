using HelpDesk.Engine.Auth;

namespace HelpDesk.Engine.Access;

/// <summary>Who a request acts for: an organisation, with the role of the key that authenticated it.</summary>
/// <param name="OrganizationId">The organisation whose data the caller sees; never another's.</param>
/// <param name="Role">What the caller may do.</param>
/// <param name="KeyId">The id of the API key used.</param>
/// <param name="KeyName">The name the key was given, which audit entries show; <see langword="null"/> when unknown.</param>
public sealed record Caller(string OrganizationId, ApiKeyRole Role, string KeyId, string? KeyName = null)
{
    /// <summary>Tells whether the caller has a role at least as strong as the one required.</summary>
    /// <param name="required">The role an operation needs.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Has(ApiKeyRole required) => Role >= required;
}
