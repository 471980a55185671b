using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>The host's structured (JSON) console log, as an operator ships it: a line logged while serving a request carries that request's correlation id.</summary>
public sealed class CorrelationIdInLogsTests
{
    [Fact]
    public async Task A_plugin_failure_logged_during_a_request_carries_the_requests_correlation_id()
    {
        using var directory = new TemporaryDirectory();
        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Throwing"), Path.Combine("plugins", "throwing"));
        await using var host = await HostProcess.StartAsync(directory.Combine("helpdesk.db"), directory.Combine("plugins"), ["--Logging:Console:FormatterName", "json"]);
        using var http = new HttpClient { BaseAddress = host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "mutation { openTicket(input: { subject: \"Logged\" }) { ticket { id } } }" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HostProcess.AdminKey);
        request.Headers.Add("X-Correlation-Id", "support-case-7781");

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();

        var failure = await LogLineAsync(host, "Plugin test.throwing (ITagger) failed");
        Assert.True(Scopes(failure).Any(scope => scope.TryGetProperty("CorrelationId", out var id) && id.GetString() == "support-case-7781"), failure.ToString());
    }

    private static async Task<JsonElement> LogLineAsync(HostProcess host, string text)
    {
        var line = await Eventually.FoundAsync(
            () => host.Output.FirstOrDefault(l => l.StartsWith('{') && l.Contains(text, StringComparison.Ordinal)),
            10,
            () => $"No JSON log line mentions {text}:\n{string.Join('\n', host.Output)}");
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Scopes(JsonElement line) =>
        line.TryGetProperty("Scopes", out var scopes) ? scopes.EnumerateArray() : [];
}
