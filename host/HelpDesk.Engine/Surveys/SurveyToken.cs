using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HelpDesk.Engine.Surveys;

/// <summary>
/// A survey token: <c>sv1.&lt;organisation, base64url&gt;.&lt;invitation id&gt;.&lt;secret&gt;</c>. The organisation and
/// invitation let the store look it up within one organisation; the 256-bit random secret makes it unguessable, and only
/// its hash is stored.
/// </summary>
public static class SurveyToken
{
    private const string Prefix = "sv1";
    private const int SecretBytes = 32;
    private const int MaxLength = 512;

    /// <summary>Makes a new token.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="invitationId">The invitation.</param>
    /// <returns>The token to send, and the hash of its secret to store.</returns>
    public static (string Token, string SecretHash) Create(string organizationId, string invitationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var token = $"{Prefix}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(organizationId))}.{invitationId}.{secret}";
        return (token, Hash(secret));
    }

    /// <summary>Reads a token's parts.</summary>
    /// <param name="token">The token as received.</param>
    /// <param name="organizationId">The organisation it names.</param>
    /// <param name="invitationId">The invitation it names.</param>
    /// <param name="secret">Its secret.</param>
    /// <returns>Whether the token has the right shape.</returns>
    public static bool TryParse(string? token, out string organizationId, out string invitationId, out string secret)
    {
        organizationId = invitationId = secret = "";
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Prefix || parts[2].Length == 0 || parts[3].Length == 0 || !Base64Url.IsValid(parts[1]))
        {
            return false;
        }

        try
        {
            organizationId = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        }
        catch (FormatException)
        {
            return false;
        }

        invitationId = parts[2];
        secret = parts[3];
        return organizationId.Length > 0;
    }

    /// <summary>Checks a secret against the stored hash in constant time.</summary>
    /// <param name="secret">The secret from the token.</param>
    /// <param name="secretHash">The stored hash.</param>
    /// <returns>Whether they match.</returns>
    public static bool Matches(string secret, string secretHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(secretHash ?? ""));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
