using System.Globalization;
using System.Text.Json;

namespace HelpDesk.Host.Tests.Isolation;

/// <summary>
/// The first organisation's desk in the isolation sweep: one object of every kind, each carrying text that
/// appears nowhere else, so any answer to the other organisation containing it is a leak.
/// </summary>
internal sealed record OwnerDesk(
    string TicketId, string ContactId, string AssetId, string InteractionId, string TransferRequestId, string MessageId, string PromiseId, string ApiKeyId)
{
    public const string Secret = "owner-secret-7f3a";
    public const string Agent = "owner-agent-7f3a";
    public const string Team = "owner-team-7f3a";
    public const string Addressee = "owner-addressee-7f3a";

    /// <summary>What the owner sees of all of it; compared before and after the sweep to prove nothing changed.</summary>
    public const string StateQuery = """
        query($t: ID!, $c: ID!, $a: ID!, $i: ID!, $r: ID!, $m: ID!, $p: ID!) {
          ticket(id: $t) { version status priority subject assigneeId tier tags { name } notes { text } }
          contact(id: $c) { name email phone version }
          asset(id: $a) { serialNumber model version }
          interaction(id: $i) { step onHold endedAt }
          r: node(id: $r) { ... on TransferRequest { status } }
          m: node(id: $m) { ... on Message { status } }
          p: node(id: $p) { ... on Promise { status } }
          apiKeys { id name revokedAt }
          organization { name timeZone languages plugins { plugin { id } enabled settings } }
          tickets { totalCount }
        }
        """;

    public IReadOnlyList<string> Leaks => [Secret, Agent, Team, Addressee, TicketId, ContactId, AssetId, InteractionId, TransferRequestId, MessageId, PromiseId, ApiKeyId];

    public object Variables => new { t = TicketId, c = ContactId, a = AssetId, i = InteractionId, r = TransferRequestId, m = MessageId, p = PromiseId };

    public static async Task<OwnerDesk> CreateAsync(GraphQLClient owner)
    {
        var ticketId = (await owner.OpenTicketAsync("Printer jam " + Secret)).GetProperty("id").GetString()!;
        var contactId = await IdAsync(owner, "mutation { createContact(input: { name: \"Eva " + Secret + "\", email: \"eva@owner-secret-7f3a.example\", phone: \"+31201234567\" }) { contact { id } userErrors { message } } }", "createContact", "contact");
        var assetId = await IdAsync(owner, "mutation { createAsset(input: { serialNumber: \"SN-" + Secret + "\" }) { asset { id } userErrors { message } } }", "createAsset", "asset");
        var interactionId = await IdAsync(owner, $"mutation($t: ID!) {{ startInteraction(input: {{ ticketId: $t, agentId: \"{Agent}\" }}) {{ interaction {{ id }} userErrors {{ message }} }} }}", "startInteraction", "interaction", new { t = ticketId });
        var requestId = await IdAsync(owner, $"mutation($t: ID!) {{ requestTransfer(input: {{ ticketId: $t, to: \"{Team}\", from: \"{Agent}\", summary: \"Eva {Secret}\", directNumber: \"+31201234567\" }}) {{ transferRequest {{ id }} userErrors {{ message }} }} }}", "requestTransfer", "transferRequest", new { t = ticketId });
        var later = DateTimeOffset.UtcNow.AddHours(3).ToString("o", CultureInfo.InvariantCulture);
        var promiseId = await IdAsync(owner, $"mutation($t: ID!, $due: DateTime) {{ makePromise(input: {{ ticketId: $t, text: \"Call back {Secret}\", dueAt: $due }}) {{ promise {{ id }} userErrors {{ message }} }} }}", "makePromise", "promise", new { t = ticketId, due = later });
        var messageId = await IdAsync(owner,
            $$"""
            mutation($t: ID!, $from: DateTime, $to: DateTime) { takeMessage(input: { ticketId: $t, callerFirstName: "Eva", callerLastName: "{{Secret}}", callerOrganization: "Bakery",
              for: "{{Addressee}}", phone: "+31201234567", text: "Call me", urgency: NORMAL, callBackFrom: $from, callBackTo: $to, callerTimeZone: "Europe/Amsterdam", takenBy: "{{Agent}}" }) { message { id } userErrors { message } } }
            """,
            "takeMessage", "message", new { t = ticketId, from = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture), to = later });
        var apiKeyId = await IdAsync(owner, "mutation { createApiKey(input: { name: \"console " + Secret + "\", role: AGENT }) { apiKey { id } userErrors { message } } }", "createApiKey", "apiKey");
        return new OwnerDesk(ticketId, contactId, assetId, interactionId, requestId, messageId, promiseId, apiKeyId);
    }

    public async Task<string> StateAsync(GraphQLClient owner)
    {
        var state = await owner.PostAsync(StateQuery, Variables);
        Assert.False(state.HasErrors, state.Body.ToString());
        return state.Data.GetRawText();
    }

    private static async Task<string> IdAsync(GraphQLClient owner, string mutation, string field, string objectField, object? variables = null)
    {
        var response = await owner.PostAsync(mutation, variables);
        Assert.False(response.HasErrors, response.Body.ToString());
        var created = response.Path(field, objectField);
        Assert.True(created.ValueKind == JsonValueKind.Object, response.Body.ToString());
        return created.GetProperty("id").GetString()!;
    }
}
