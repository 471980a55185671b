using System.Security.Cryptography;
using System.Text;
using HelpDesk.Engine.Access;

namespace HelpDesk.Engine.Tests.Access;

/// <summary>A presented key matches its stored salt and hash, and nothing else does.</summary>
public sealed class ApiKeySecretTests
{
    [Fact]
    public void A_generated_key_matches_its_stored_hash_and_a_changed_secret_does_not()
    {
        var (_, key) = ApiKeySecret.Generate();
        Assert.True(ApiKeySecret.TryParse(key, out _, out var secret));
        var salt = ApiKeySecret.NewSalt();
        var hash = ApiKeySecret.Hash(salt, secret);

        Assert.True(ApiKeySecret.Matches(salt, hash, secret));
        Assert.False(ApiKeySecret.Matches(salt, hash, secret[..^1] + (secret[^1] == 'a' ? 'b' : 'a')));
        Assert.False(ApiKeySecret.Matches(ApiKeySecret.NewSalt(), hash, secret));
    }

    [Fact]
    public void A_secret_with_non_ascii_characters_matches_as_its_utf8_bytes_were_hashed()
    {
        var salt = ApiKeySecret.NewSalt();
        var secret = "geheimnis-über-200-zeichen-nein-" + new string('é', 150);

        var hash = ApiKeySecret.Hash(salt, secret);

        Assert.Equal(Convert.ToBase64String(SHA256.HashData([.. Convert.FromBase64String(salt), .. Encoding.UTF8.GetBytes(secret)])), hash);
        Assert.True(ApiKeySecret.Matches(salt, hash, secret));
    }

    [Fact]
    public void A_secret_longer_than_a_key_allows_is_not_hashed()
    {
        var thrown = Assert.Throws<FormatException>(() => ApiKeySecret.Hash(ApiKeySecret.NewSalt(), new string('x', 201 * 3)));

        Assert.Contains("at most 200 characters", thrown.Message);
    }

    [Theory]
    [InlineData("not base64!", "c2FsdA==")]
    [InlineData("c2FsdA==", "not base64!")]
    [InlineData("c2FsdA==", "c2hvcnQ=")]
    public void A_damaged_stored_salt_or_hash_matches_nothing(string salt, string hash)
    {
        Assert.False(ApiKeySecret.Matches(salt, hash, "a-secret-of-twenty-characters-or-more"));
    }
}
