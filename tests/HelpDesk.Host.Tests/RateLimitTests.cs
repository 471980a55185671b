using System.Net;
using System.Net.Http.Json;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests;

/// <summary>Per-API-key rate limiting on the running host: 429 with Retry-After for the key over its limit, others unaffected.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_carries_on()
    {
        await using var host = new ConfiguredHostFactory(new() { ["HelpDesk:RateLimit:PermitsPerWindow"] = "3", ["HelpDesk:RateLimit:Window"] = "00:01:00" });
        var key = TestKeys.For(host, "demo", ApiKeyRole.Agent);
        var busy = new GraphQLClient(host.CreateClient(), key);
        var other = new GraphQLClient(host.CreateClient(), TestKeys.For(host, "demo", ApiKeyRole.Supervisor));

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await busy.PostAsync("{ tickets { totalCount } }")).Status);
        }

        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ tickets { totalCount } }" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var limited = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var carriesOn = await other.PostAsync("{ tickets { totalCount } }");

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("\"RATE_LIMITED\"", body, StringComparison.Ordinal);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.OK, carriesOn.Status);
    }
}
