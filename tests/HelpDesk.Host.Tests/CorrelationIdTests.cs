using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>The correlation id a client can quote: taken from X-Correlation-Id or generated, echoed in the header and in every GraphQL error.</summary>
public sealed class CorrelationIdTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task The_clients_correlation_id_is_echoed_in_the_header_and_in_the_errors()
    {
        var (header, error) = await SendAsync("{ ticket(id: 5) { id } nope }", "front-end-42.a");

        Assert.Equal("front-end-42.a", header);
        Assert.Equal("front-end-42.a", error.GetProperty("extensions").GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task Without_one_or_with_an_unsafe_one_a_new_id_is_generated_and_echoed()
    {
        var (missing, missingError) = await SendAsync("{ nope }", null);
        var (unsafeHeader, _) = await SendAsync("{ nope }", "evil\"id<script>");

        Assert.Matches("^[0-9a-f]{32}$", missing);
        Assert.Equal(missing, missingError.GetProperty("extensions").GetProperty("correlationId").GetString());
        Assert.Matches("^[0-9a-f]{32}$", unsafeHeader);
    }

    private async Task<(string Header, JsonElement FirstError)> SendAsync(string query, string? correlationId)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.For(host));
        if (correlationId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        return (response.Headers.GetValues("X-Correlation-Id").Single(), body.GetProperty("errors")[0]);
    }
}
