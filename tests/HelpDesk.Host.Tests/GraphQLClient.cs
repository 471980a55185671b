using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>A minimal GraphQL-over-HTTP client, as a front end would use the API.</summary>
internal sealed class GraphQLClient(HttpClient http, string? apiKey = null)
{
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return await SendAsync(HttpMethod.Post, "/graphql", new StringContent(body, Encoding.UTF8, "application/json"), accept);
    }

    public async Task<GraphQLResponse> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? accept = "application/graphql-response+json", bool preflight = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        if (method == HttpMethod.Get || preflight)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    public async Task<JsonElement> OpenTicketAsync(string subject, string description = "", string priority = "NORMAL", string? key = null)
    {
        var response = await PostAsync(
            """
            mutation Open($input: OpenTicketInput!) {
              openTicket(input: $input) {
                ticket { id number subject priority status tier version createdAt
                  tags { name source confidence pluginId }
                  escalation { action tier reason pluginId decidedAt } }
                userErrors { field message code }
              }
            }
            """,
            new { input = new { subject, description, priority, clientMutationId = key } });
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(0, response.Path("openTicket", "userErrors").GetArrayLength());
        return response.Path("openTicket", "ticket");
    }
}
