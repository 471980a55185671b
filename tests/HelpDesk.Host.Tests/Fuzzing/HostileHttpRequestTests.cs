using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using HelpDesk.Engine.Auth;

namespace HelpDesk.Host.Tests.Fuzzing;

/// <summary>
/// Thousands of seeded malformed and hostile requests to the host listening on its port: every answer is a client
/// error or a GraphQL error with a catalogued code – never a 500, a hang or internals – and the host serves on.
/// </summary>
public sealed class HostileHttpRequestTests
{
    private const int Seed = 20261206;
    private const int MaxRequestBytes = 16 * 1024;

    [Fact]
    public async Task Thousands_of_hostile_requests_get_client_errors_and_the_host_serves_on()
    {
        await using var host = new ConfiguredHostFactory(new()
        {
            ["HelpDesk:RateLimit:PermitsPerWindow"] = "0",
            ["HelpDesk:GraphQL:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HelpDesk:GraphQL:Timeout"] = "00:00:05",
        });
        var key = TestKeys.For(host, "demo", ApiKeyRole.Admin);
        using var http = host.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(20);
        var requests = new HostileRequestGenerator(Seed, MaxRequestBytes).Generate(2800).ToList();
        var problems = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (hostile, ct) =>
        {
            var (status, body) = await SendAsync(http, hostile, key, ct);
            if (SaneAnswer.Problem(status, body) is { } problem)
            {
                problems.Add($"{problem} for {hostile} → {(int)status} {body[..Math.Min(body.Length, 400)]}");
            }
        });

        Assert.True(problems.IsEmpty, $"{problems.Count} of {requests.Count} answers (seed {Seed}) were not sane:\n" + string.Join("\n", problems.Take(15)));
        var normal = await new GraphQLClient(http, key).PostAsync("{ organization { name } }");
        Assert.Equal((HttpStatusCode.OK, "Demo Help Desk"), (normal.Status, normal.Path("organization", "name").GetString()));
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_parser_reads_is_a_validation_error_that_says_so()
    {
        await using var host = new ConfiguredHostFactory(new());
        var client = new GraphQLClient(host.CreateClient(), TestKeys.For(host));

        var response = await client.PostAsync("{ ticket(id: " + new string('[', 500) + "1" + new string(']', 500) + ") { id } }");

        Assert.Equal((HttpStatusCode.BadRequest, "VALIDATION_FAILED"), (response.Status, response.FirstErrorCode));
        Assert.Contains("nested too deeply", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient http, HostileRequest hostile, string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), hostile.PathAndQuery);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            request.Content.Headers.ContentType = hostile.ContentType is null ? null : MediaTypeHeaderValue.Parse(hostile.ContentType);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (hostile.Method == "GET")
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        try
        {
            using var response = await http.SendAsync(request, ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (HttpStatusCode.GatewayTimeout, "no answer within 20 seconds");
        }
        catch (HttpRequestException e)
        {
            return ((HttpStatusCode)599, "the connection failed: " + e.Message);
        }
    }
}
