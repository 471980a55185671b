using HelpDesk.Engine.Auth;

namespace HelpDesk.Engine.Access;

/// <summary>A key just created: the stored record and the full key, which is shown this once and never again.</summary>
/// <param name="Record">The stored key (hashed).</param>
/// <param name="Key">The full key to hand to the user.</param>
public sealed record CreatedApiKey(ApiKeyRecord Record, string Key);
