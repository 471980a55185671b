using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>Configured for MongoDB with no server answering, the host starts, says it is not ready and why, and refuses requests clearly.</summary>
public sealed class UnreachableMongoTests
{
    [Fact]
    public async Task The_host_starts_reports_not_ready_and_answers_503_instead_of_hanging_or_crashing()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("HelpDesk:Storage:MongoDb:ConnectionString", "mongodb://desk:s3cret@127.0.0.1:1/?directConnection=true");
            builder.UseSetting("HelpDesk:Storage:MongoDb:ServerSelectionTimeout", "00:00:00.300");
            builder.UseSetting("HelpDesk:Plugins:Directory", Path.GetTempPath());
            builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", "");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        });
        factory.UseKestrel(0);
        using var http = factory.CreateClient();

        var live = await http.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var readyBody = await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var graphql = await new GraphQLClient(http).PostAsync("{ tickets { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("cannot reach a server at 127.0.0.1:1", readyBody);
        Assert.DoesNotContain("s3cret", readyBody);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graphql.Status);
        Assert.Equal("INTERNAL", graphql.FirstErrorCode);
        Assert.Equal(JsonValueKind.Object, graphql.Body.ValueKind);
    }
}
