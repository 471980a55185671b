using System.Text.Json;

namespace HelpDesk.Host.Tests;

/// <summary>takeMessage, the messages query and subscription, and markMessageCalledBack over GraphQL against the real host.</summary>
public sealed class MessageApiTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private const string Take = """
        mutation($input: TakeMessageInput!) {
          takeMessage(input: $input) {
            message { id for phone urgency status callBackWindowPassed ticket { subject tags { name } } }
            readBack { moment lines }
            userErrors { field message code }
          }
        }
        """;

    [Fact]
    public async Task A_message_with_a_missing_name_and_a_local_number_is_refused_naming_both_fields()
    {
        var (_, agent) = await CallDeskOrganization.CreateAsync(host);

        var input = Complete();
        input.Remove("callerLastName");
        input["phone"] = "020 123 4567";
        var response = await agent.PostAsync(Take, new { input });

        var payload = response.Path("takeMessage");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("message").ValueKind);
        var errors = payload.GetProperty("userErrors").EnumerateArray().ToList();
        Assert.Equal(["input.callerLastName", "input.phone"], errors.Select(e => string.Join('.', e.GetProperty("field").EnumerateArray().Select(f => f.GetString()))));
        Assert.Equal(["REQUIRED", "INVALID"], errors.Select(e => e.GetProperty("code").GetString()));
        Assert.Contains("country code", errors[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_complete_message_is_read_back_delivered_to_the_addressee_and_tracked_until_called_back()
    {
        var (organizationId, agent) = await CallDeskOrganization.CreateAsync(host);
        await using var addressee = await GraphQLWebSocketClient.ConnectAndInitAsync(host, organizationId);
        await addressee.SubscribeAsync("inbox", "subscription { messages(for: \"anna de vries\") { id callerFirstName callerLastName text phone urgency } }");

        var taken = (await agent.PostAsync(Take, new { input = Complete() })).Path("takeMessage");
        var delivered = (await addressee.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("messages");

        Assert.Empty(taken.GetProperty("userErrors").EnumerateArray());
        var message = taken.GetProperty("message");
        Assert.Equal(("+31201234567", "URGENT", "OPEN", false), (message.GetProperty("phone").GetString(), message.GetProperty("urgency").GetString(), message.GetProperty("status").GetString(), message.GetProperty("callBackWindowPassed").GetBoolean()));
        Assert.Contains("message", message.GetProperty("ticket").GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var readBack = string.Join(" ", taken.GetProperty("readBack").GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("MESSAGE_READ_BACK", taken.GetProperty("readBack").GetProperty("moment").GetString());
        Assert.Contains("The payroll export is stuck.", readBack);
        Assert.Contains("+31201234567", readBack);
        Assert.Equal(message.GetProperty("id").GetString(), delivered.GetProperty("id").GetString());
        Assert.Equal(("Mieke", "Jansen", "The payroll export is stuck."), (delivered.GetProperty("callerFirstName").GetString(), delivered.GetProperty("callerLastName").GetString(), delivered.GetProperty("text").GetString()));

        const string Open = "query($for: String!) { messages(for: $for, status: OPEN) { id } }";
        Assert.Single((await agent.PostAsync(Open, new { @for = "Anna de Vries" })).Path("messages").EnumerateArray());
        var called = (await agent.PostAsync(
            "mutation($input: MarkMessageCalledBackInput!) { markMessageCalledBack(input: $input) { message { status calledBackBy callBackOutcome } userErrors { field } } }",
            new { input = new { messageId = message.GetProperty("id").GetString(), calledBackBy = "Anna de Vries", outcome = "Export restarted, works again." } }))
            .Path("markMessageCalledBack");
        Assert.Equal("CALLED_BACK", called.GetProperty("message").GetProperty("status").GetString());
        Assert.Empty((await agent.PostAsync(Open, new { @for = "Anna de Vries" })).Path("messages").EnumerateArray());
    }

    private static Dictionary<string, object?> Complete()
    {
        var now = DateTimeOffset.UtcNow;
        return new()
        {
            ["callerFirstName"] = "Mieke",
            ["callerLastName"] = "Jansen",
            ["callerOrganization"] = "Fabrikam",
            ["for"] = "Anna de Vries",
            ["phone"] = "+31 20 123 4567",
            ["text"] = "The payroll export is stuck.",
            ["urgency"] = "URGENT",
            ["callBackFrom"] = now.AddHours(1).ToString("O"),
            ["callBackTo"] = now.AddHours(3).ToString("O"),
            ["callerTimeZone"] = "Europe/Amsterdam",
            ["takenBy"] = "Sam",
        };
    }
}
