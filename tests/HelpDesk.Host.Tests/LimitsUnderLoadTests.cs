using System.Collections.Concurrent;
using System.Net;

namespace HelpDesk.Host.Tests;

/// <summary>The request limits hold while the host is busy: oversize and too-complex requests are refused with their codes, normal ones served alongside.</summary>
public sealed class LimitsUnderLoadTests
{
    [Fact]
    public async Task Oversize_and_too_deep_requests_are_refused_with_their_codes_while_concurrent_normal_requests_succeed()
    {
        await using var host = new ConfiguredHostFactory(new() { ["HelpDesk:RateLimit:PermitsPerWindow"] = "0", ["HelpDesk:GraphQL:MaxRequestBytes"] = "8192" });
        var client = new GraphQLClient(host.CreateClient(), TestKeys.For(host));
        var oversize = "{ reviewReply(text: \"" + new string('a', 9000) + "\") { questions { text } } }";
        var tooDeep = "{ tickets { nodes { contact { tickets { nodes { contact { tickets { nodes { contact { tickets { nodes { contact { tickets { nodes { contact { tickets { nodes { id } } } } } } } } } } } } } } } } } }";
        var outcomes = new ConcurrentBag<(string Kind, HttpStatusCode Status, string? Code)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 300), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, _) =>
        {
            var (kind, query) = (i % 3) switch { 0 => ("oversize", oversize), 1 => ("too deep", tooDeep), _ => ("normal", "{ organization { name } tickets(first: 5) { totalCount } }") };
            var response = await client.PostAsync(query);
            outcomes.Add((kind, response.Status, response.HasErrors ? response.FirstErrorCode : null));
        });

        Assert.All(outcomes.Where(o => o.Kind == "normal"), o => Assert.Equal((HttpStatusCode.OK, (string?)null), (o.Status, o.Code)));
        Assert.All(outcomes.Where(o => o.Kind == "oversize"), o => Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "VALIDATION_FAILED"), (o.Status, o.Code)));
        Assert.All(outcomes.Where(o => o.Kind == "too deep"), o => Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (o.Status, o.Code)));
        Assert.Equal(300, outcomes.Count);
    }
}
