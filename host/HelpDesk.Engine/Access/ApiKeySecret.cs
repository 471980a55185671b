using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace HelpDesk.Engine.Access;

/// <summary>
/// The shape of an API key – <c>hd_&lt;id&gt;_&lt;secret&gt;</c> – and its salted hash. The secret is 256 random
/// bits, so one SHA-256 over salt and secret is as strong as a slow password hash while costing microseconds
/// per request; the salt keeps equal secrets from having equal hashes.
/// </summary>
public static class ApiKeySecret
{
    /// <summary>The prefix every key starts with, so leaked keys are easy to recognise and scan for.</summary>
    public const string Prefix = "hd_";

    /// <summary>Makes a new key id and secret.</summary>
    /// <returns>The id and the full key to give the user once.</returns>
    public static (string Id, string Key) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>Splits a presented key into its id and secret.</summary>
    /// <param name="key">The key as the client sent it.</param>
    /// <param name="id">The key id.</param>
    /// <param name="secret">The secret part.</param>
    /// <returns><see langword="true"/> when the key has the right shape.</returns>
    public static bool TryParse(string? key, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out string? secret)
    {
        id = secret = null;
        if (key is null || key.Length > 200 || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = key.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != 16 || rest.Length - separator - 1 < 20)
        {
            return false;
        }

        (id, secret) = (rest[..separator].ToString(), rest[(separator + 1)..].ToString());
        return true;
    }

    /// <summary>Makes a random salt.</summary>
    /// <returns>The salt, base64.</returns>
    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>Hashes a secret with a salt.</summary>
    /// <param name="salt">The salt, base64.</param>
    /// <param name="secret">The secret.</param>
    /// <returns>The hash, base64.</returns>
    /// <exception cref="FormatException">The salt is not base64, or the secret is longer than a key's secret can be.</exception>
    public static string Hash(string salt, string secret)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        return TryHash(salt, secret, hash)
            ? Convert.ToBase64String(hash)
            : throw new FormatException("The salt must be base64 and the secret at most 200 characters.");
    }

    /// <summary>Checks a secret against a stored hash in constant time.</summary>
    /// <param name="salt">The stored salt.</param>
    /// <param name="hash">The stored hash.</param>
    /// <param name="secret">The presented secret.</param>
    /// <returns><see langword="true"/> when they match.</returns>
    public static bool Matches(string salt, string hash, string secret)
    {
        // Checked on every request, so worked out on the stack.
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> presented = stackalloc byte[SHA256.HashSizeInBytes];
        return Convert.TryFromBase64String(hash, stored, out var storedBytes)
            && storedBytes == SHA256.HashSizeInBytes
            && TryHash(salt, secret, presented)
            && CryptographicOperations.FixedTimeEquals(presented, stored);
    }

    // SHA-256 over the salt's bytes followed by the secret's UTF-8. Secrets are at most 200 characters (TryParse), salts
    // are short base64.
    private static bool TryHash(string salt, ReadOnlySpan<char> secret, Span<byte> hash)
    {
        Span<byte> salted = stackalloc byte[SaltedBytesLimit];
        if (!Convert.TryFromBase64String(salt, salted, out var saltBytes)
            || Encoding.UTF8.GetMaxByteCount(secret.Length) > salted.Length - saltBytes)
        {
            return false;
        }

        var secretBytes = Encoding.UTF8.GetBytes(secret, salted[saltBytes..]);
        SHA256.HashData(salted[..(saltBytes + secretBytes)], hash);
        return true;
    }

    // Room for a salt and the longest secret TryParse lets through, UTF-8 encoded.
    private const int SaltedBytesLimit = 64 + (200 * 3);
}
