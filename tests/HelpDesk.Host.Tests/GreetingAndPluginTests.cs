namespace HelpDesk.Host.Tests;

public sealed class GreetingAndPluginTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Greeting = """
        query Greet($input: GreetingInput!) { greeting(input: $input) { moment language lines text } }
        """;

    [Fact]
    public async Task The_greeting_is_rendered_by_the_plugin_for_the_callers_time_of_day_with_all_names_filled()
    {
        var client = await host.NewOrganizationAsync("Acme Support");

        var response = await client.PostAsync(Greeting, new
        {
            input = new { agentName = "Sam", callerName = "Mrs Jansen", language = "en", callerLocalTime = "2026-11-23T09:15:00+01:00" },
        });

        Assert.False(response.HasErrors, response.Body.ToString());
        var text = response.Path("greeting", "text").GetString()!;
        Assert.StartsWith("Good morning", text);
        Assert.Contains("Acme Support", text);
        Assert.Contains("Sam", text);
        Assert.Contains("Mrs Jansen", text);
        Assert.Equal("GREETING", response.Path("greeting", "moment").GetString());
    }

    [Fact]
    public async Task Without_the_callers_time_zone_the_greeting_is_neutral_and_in_the_organisations_language()
    {
        var client = await host.NewOrganizationAsync("Acme Support");

        var response = await client.PostAsync(Greeting, new { input = new { agentName = "Sam" } });

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal("nl", response.Path("greeting", "language").GetString());
        Assert.DoesNotContain("Goedemorgen", response.Path("greeting", "text").GetString());
        Assert.DoesNotContain("Goedemiddag", response.Path("greeting", "text").GetString());
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_naming_the_field()
    {
        var response = await host.GraphQL().PostAsync(Greeting, new { input = new { agentName = "Sam", callerTimeZone = "Mars/Olympus_Mons" } });

        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains("callerTimeZone", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_script_missing_a_placeholder_value_is_refused_naming_the_value()
    {
        var response = await host.GraphQL().PostAsync(Greeting, new { input = new { agentName = "Sam", moment = "HOLD" } });

        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains("reason", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_plugins_query_lists_every_first_party_plugin_and_the_refused_one_with_its_reason()
    {
        var response = await host.GraphQL().PostAsync("{ plugins { id version kinds status reason folder } }");

        var plugins = response.Path("plugins").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        foreach (var (id, kind) in new[] { ("helpdesk.greetings", "greeting-scripts"), ("helpdesk.escalation", "escalation"), ("helpdesk.tagging", "tagging"), ("helpdesk.metrics", "metrics"), ("helpdesk.surveys", "surveys"), ("helpdesk.reply-review", "reply-review") })
        {
            Assert.Equal("ACTIVE", plugins[id].GetProperty("status").GetString());
            Assert.Contains(kind, plugins[id].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        }

        var refused = plugins["test.incompatible"];
        Assert.Equal("REFUSED", refused.GetProperty("status").GetString());
        Assert.Contains("SDK 2.0", refused.GetProperty("reason").GetString());
    }
}
