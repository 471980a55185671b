using System.Net;
using System.Net.Http.Headers;

namespace HelpDesk.Host.Tests;

public sealed class ExplorerAndCsrfTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_explorer_page()
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("HelpDesk GraphQL explorer", page);
        Assert.Contains("__schema", page);
    }

    [Fact]
    public async Task A_get_query_without_the_preflight_header_is_refused_as_a_possible_forgery()
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ plugins { id } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GraphQL-Require-Preflight", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
