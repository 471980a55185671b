using System.Text.Json;
using System.Text.RegularExpressions;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests.Isolation;

/// <summary>
/// Two organisations on one host. Every query, mutation and subscription of schema.graphql is tried by the second
/// organisation's admin with the first's ids, names and agents: nothing of the first's is shown, nothing of it changes.
/// </summary>
public sealed partial class TenantIsolationSweepTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Theory]
    [InlineData("Query")]
    [InlineData("Mutation")]
    [InlineData("Subscription")]
    public void Every_root_field_of_the_schema_is_in_the_sweep(string rootType)
    {
        var table = rootType switch { "Query" => IsolationProbes.Queries, "Mutation" => IsolationProbes.Mutations, _ => IsolationProbes.Subscriptions };

        var missing = RootFields(rootType).Where(field => !table.ContainsKey(field)).ToList();

        Assert.True(missing.Count == 0, $"Add these {rootType} fields to IsolationProbes: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Another_organisation_sees_and_changes_nothing_through_any_query_or_mutation()
    {
        var owner = await host.NewOrganizationAsync("Owner desk");
        var intruder = await host.NewOrganizationAsync("Intruder desk");
        var desk = await OwnerDesk.CreateAsync(owner);
        var before = await desk.StateAsync(owner);
        var problems = new List<string>();

        foreach (var (field, probe) in IsolationProbes.Queries.Concat(IsolationProbes.Mutations))
        {
            var response = await intruder.PostAsync(probe.Operation, probe.Variables(desk));
            if (Problem(response, field, probe.Expect, desk, isMutation: IsolationProbes.Mutations.ContainsKey(field) && probe.Operation.StartsWith("mutation", StringComparison.Ordinal)) is { } problem)
            {
                problems.Add($"{field}: {problem} – {response.Body}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(before, await desk.StateAsync(owner));
    }

    [Fact]
    public async Task Another_organisations_subscriptions_deliver_nothing_of_the_owners_desk()
    {
        var ownerId = await host.NewOrganizationIdAsync("Owner desk");
        var intruderId = await host.NewOrganizationIdAsync("Intruder desk");
        var owner = host.GraphQL(ownerId);
        var desk = await OwnerDesk.CreateAsync(owner);
        await using var intruder = await GraphQLWebSocketClient.ConnectAndInitAsync(host, intruderId);
        await using var watcher = await GraphQLWebSocketClient.ConnectAndInitAsync(host, ownerId);
        foreach (var (field, probe) in IsolationProbes.Subscriptions)
        {
            await intruder.SendAsync(new { id = field, type = "subscribe", payload = new { query = probe.Operation, variables = probe.Variables(desk) } });
        }

        // Messages are handled in order: after the pong every subscription is live; what came before is checked too.
        var received = (await intruder.ReceiveUntilPongAsync()).ToList();

        await watcher.SubscribeAsync("control", "subscription($id: ID) { ticketEvents(ticketId: $id) { type } }", new { id = desk.TicketId });
        await BusyDeskAsync(owner, desk);

        // The owner's own subscription sees the desk busy, so the events were there to leak.
        Assert.Equal("note.added", (await watcher.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ticketEvents").GetProperty("type").GetString());
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        received.AddRange(await intruder.ReceiveUntilPongAsync());
        var leaks = received.Where(message => desk.Leaks.Any(secret => message.GetRawText().Contains(secret, StringComparison.Ordinal))
            || (message.GetProperty("type").GetString() == "next" && !IsEmpty(message.GetProperty("payload").GetProperty("data")))).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Select(m => m.GetRawText())));
    }

    private static async Task BusyDeskAsync(GraphQLClient owner, OwnerDesk desk)
    {
        foreach (var (operation, variables) in new (string, object)[]
        {
            ("mutation($t: ID!) { addNote(input: { ticketId: $t, text: \"note " + OwnerDesk.Secret + "\" }) { userErrors { message } } }", new { t = desk.TicketId }),
            ("mutation($i: ID!) { holdInteraction(input: { interactionId: $i, reason: \"checking " + OwnerDesk.Secret + "\" }) { userErrors { message } } }", new { i = desk.InteractionId }),
            ("mutation($r: ID!) { declineTransfer(input: { requestId: $r, reason: \"busy " + OwnerDesk.Secret + "\" }) { userErrors { message } } }", new { r = desk.TransferRequestId }),
            ("mutation($t: ID!) { requestTransfer(input: { ticketId: $t, to: \"" + OwnerDesk.Team + "\", from: \"" + OwnerDesk.Agent + "\", summary: \"again " + OwnerDesk.Secret + "\", directNumber: \"+31201234567\" }) { userErrors { message } } }", new { t = desk.TicketId }),
            ("mutation($t: ID!) { takeMessage(input: { ticketId: $t, callerFirstName: \"Eva\", callerLastName: \"" + OwnerDesk.Secret + "\", for: \"" + OwnerDesk.Addressee + "\", phone: \"+31201234567\", text: \"again\", takenBy: \"" + OwnerDesk.Agent + "\" }) { userErrors { message } } }", new { t = desk.TicketId }),
        })
        {
            var response = await owner.PostAsync(operation, variables);
            Assert.False(response.HasErrors, response.Body.ToString());
        }
    }

    private static string? Problem(GraphQLResponse response, string field, Expect expect, OwnerDesk desk, bool isMutation)
    {
        var body = response.Body.GetRawText();
        if (desk.Leaks.FirstOrDefault(secret => body.Contains(secret, StringComparison.Ordinal)) is { } leaked)
        {
            return $"shows '{leaked}'";
        }

        var codes = response.HasErrors
            ? response.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList()
            : [];
        if (codes.Any(code => code is "INTERNAL"))
        {
            return "an internal error";
        }

        if (expect == Expect.OwnOrganization)
        {
            return null;
        }

        if (codes.Count > 0)
        {
            return codes.All(code => code == "NOT_FOUND") ? null : $"errors {string.Join(", ", codes)} instead of NOT_FOUND";
        }

        if (isMutation)
        {
            var userErrors = response.Path(field, "userErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
            return userErrors.Contains("NOT_FOUND") ? null : $"user errors [{string.Join(", ", userErrors)}] instead of NOT_FOUND";
        }

        return IsEmpty(response.Data) ? null : "found something";
    }

    /// <summary>Nothing found: nulls, empty lists, zero counts and false flags all the way down.</summary>
    private static bool IsEmpty(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().All(p => IsEmpty(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsEmpty),
        JsonValueKind.Number => element.GetDouble() == 0,
        JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined => true,
        _ => false,
    };

    private static IEnumerable<string> RootFields(string rootType)
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema.graphql"));
        var withoutDescriptions = Descriptions().Replace(schema, "");
        var body = Regex.Match(withoutDescriptions, $@"type {rootType} \{{(?<body>[^}}]*)\}}").Groups["body"].Value;
        return FieldNames().Matches(body).Select(m => m.Groups["name"].Value);
    }

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"[^\"\\n]*\"")]
    private static partial Regex Descriptions();

    [GeneratedRegex(@"^  (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex FieldNames();
}
