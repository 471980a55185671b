using System.Text;
using System.Text.Json;

namespace HelpDesk.Host.Tests.Fuzzing;

/// <summary>
/// A deterministic, seeded generator of malformed and hostile GraphQL-over-HTTP requests: broken JSON, wrong
/// types, huge strings, deep nesting, alias floods, unknown fields, invalid cursors, ids and scalars, and
/// transport-level junk. The same seed always yields the same requests, so a failure can be replayed.
/// </summary>
internal sealed class HostileRequestGenerator(int seed, int maxRequestBytes)
{
    private static readonly string[] Mutations =
    [
        "openTicket", "updateTicket", "addNote", "replyToTicket", "assignTicket", "transferTicket", "escalateTicket",
        "reopenTicket", "tagTicket", "resolveTicket", "startInteraction", "moveInteraction", "holdInteraction",
        "resumeInteraction", "endInteraction", "answerSurvey", "rebuildMetrics", "enablePlugin", "disablePlugin",
        "configurePlugin", "installDesk", "createContact", "updateContact", "createAsset", "createApiKey",
        "revokeApiKey", "requestTransfer", "acceptTransfer", "declineTransfer", "takeMessage",
        "markMessageCalledBack", "makePromise", "keepPromise", "breakPromise",
    ];

    private static readonly string[] IdQueries = ["node", "ticket", "contact", "asset", "interaction"];

    private static readonly string[] Prefixes = ["Ticket:", "Contact:", "Asset:", "Interaction:", "Promise:", "Message:", "TransferRequest:", "ApiKey:", ""];

    private readonly Random random = new(seed);

    public IEnumerable<HostileRequest> Generate(int count)
    {
        Func<HostileRequest>[] families =
        [
            BrokenJson, WrongTypes, HugeStrings, DeepNesting, AliasFlood, UnknownFields, InvalidCursors,
            InvalidIds, BadScalars, BadMutationInputs, BadVariables, FragmentMischief, TransportJunk, OperationMischief,
        ];
        for (var i = 0; i < count; i++)
        {
            yield return families[i % families.Length]();
        }
    }

    private HostileRequest BrokenJson()
    {
        var valid = Json(new { query = "{ tickets(first: 5) { totalCount nodes { id subject } } }", variables = new { a = 1 } });
        var bytes = Encoding.UTF8.GetBytes(valid);
        switch (random.Next(5))
        {
            case 0:
                bytes = bytes[..random.Next(bytes.Length)];
                break;
            case 1:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                break;
            case 2:
                bytes = RandomBytes(random.Next(1, 400));
                break;
            case 3:
                bytes = Encoding.UTF8.GetBytes(Pick("{", "}", "{\"query\":", "{\"query\":\"{ tickets }\",}", "{'query':'{x}'}", "nul", "\"", "{\"query\":\"\\uZZZZ\"}", "{\"query\":\"{}\"} trailing", "\uFEFF{"));
                break;
            default:
                bytes = [.. "{\"query\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8];
                break;
        }

        return Post("broken JSON", bytes);
    }

    private HostileRequest WrongTypes()
    {
        object?[] values = [5, 3.14, true, null, new[] { "x" }, new { query = "{ x }" }, "", "   ", -1, new object[] { new object[] { } }];
        var value = values[random.Next(values.Length)];
        var body = random.Next(4) switch
        {
            0 => Json(new { query = value }),
            1 => Json(new { query = "{ organization { name } }", variables = value }),
            2 => Json(new { query = "{ organization { name } }", operationName = value }),
            _ => Json(new { query = "{ organization { name } }", extensions = value }),
        };
        return Post("wrong types", Encoding.UTF8.GetBytes(body));
    }

    private HostileRequest HugeStrings()
    {
        // Around the size limit on purpose: some just under (executed or refused by validation), some over (413).
        var length = random.Next(maxRequestBytes / 2, maxRequestBytes * 2);
        var text = new string((char)random.Next('a', 'z' + 1), length);
        var body = random.Next(4) switch
        {
            0 => Json(new { query = "{ reviewReply(text: \"" + text + "\") { questions { text } } }" }),
            1 => Json(new { query = "mutation($i: OpenTicketInput!) { openTicket(input: $i) { userErrors { field code } } }", variables = new { i = new { subject = text } } }),
            2 => Json(new { query = "{ " + text + " }" }),
            _ => Json(new { query = "{ organization { name } }", variables = new Dictionary<string, string> { [text[..Math.Min(text.Length, 5000)]] = text } }),
        };
        return Post("huge strings", Encoding.UTF8.GetBytes(body));
    }

    private HostileRequest DeepNesting()
    {
        var depth = random.Next(16, 4000);
        var body = random.Next(4) switch
        {
            0 => Json(new { query = "{ " + Repeat("organization { ", depth) + "name" + Repeat(" }", depth) + " }" }),
            1 => Json(new { query = "{ ticket(id: " + Repeat("[", depth) + "1" + Repeat("]", depth) + ") { id } }" }),
            2 => Json(new { query = "mutation { openTicket(input: " + Repeat("{ subject: ", depth) + "\"x\"" + Repeat(" }", depth) + ") { userErrors { code } } }" }),
            _ => "{\"query\":\"{ organization { name } }\",\"variables\":{\"v\":" + Repeat("[", depth) + Repeat("]", depth) + "}}",
        };
        return Post("deep nesting", Encoding.UTF8.GetBytes(body));
    }

    private HostileRequest AliasFlood()
    {
        var count = random.Next(50, 6000);
        var field = Pick("__typename", "organization { name }", "tickets(first: 100) { nodes { id } }", "plugins { id }", "metricDefinitions { name }");
        var query = new StringBuilder("{ ");
        for (var i = 0; i < count && query.Length < maxRequestBytes; i++)
        {
            query.Append('a').Append(i).Append(": ").Append(field).Append(' ');
        }

        return Post("alias flood", Encoding.UTF8.GetBytes(Json(new { query = query.Append('}').ToString() })));
    }

    private HostileRequest UnknownFields()
    {
        var name = Identifier();
        var query = random.Next(4) switch
        {
            0 => "{ " + name + " }",
            1 => "{ tickets(" + name + ": 1) { totalCount } }",
            2 => "mutation { openTicket(input: { subject: \"x\", " + name + ": 1 }) { userErrors { code } } }",
            _ => "{ organization { " + name + " { id } } }",
        };
        return Post("unknown fields", Encoding.UTF8.GetBytes(Json(new { query })));
    }

    private HostileRequest InvalidCursors()
    {
        var cursor = Pick(RandomText(random.Next(0, 60)), Base64(RandomText(20)), Base64("cursor:" + random.Next()), "====", "%%%", new string('A', 3000), Base64("Ticket:-1"));
        var connection = Pick("tickets", "contacts", "assets", "overduePromises");
        var direction = connection == "tickets" ? Pick("after", "before") : "after";
        var size = Pick("first: 10", "first: -1", "first: 0", "first: 101", "first: 2147483647", "last: 5", "first: 1, last: 1");
        var query = $"query($c: String) {{ {connection}({size}, {direction}: $c) {{ totalCount pageInfo {{ endCursor }} }} }}";
        return Post("invalid cursors", Encoding.UTF8.GetBytes(Json(new { query, variables = new { c = cursor } })));
    }

    private HostileRequest InvalidIds()
    {
        var id = Pick(RandomText(random.Next(0, 80)), Base64(Pick(Prefixes) + RandomText(12)), "VGlja2V0", "!!", new string('x', 20000), "\u0000", "../../etc/passwd", "' OR 1=1 --", "{\"$ne\":null}");
        var query = random.Next(3) switch
        {
            0 => $"query($id: ID!) {{ {Pick(IdQueries)}(id: $id) {{ id }} }}",
            1 => "query($id: ID!) { nodes(ids: [$id, $id, $id]) { id } }",
            _ => "query($id: ID!) { simulateEscalation(ticketId: $id) { action } }",
        };
        return Post("invalid ids", Encoding.UTF8.GetBytes(Json(new { query, variables = new { id } })));
    }

    private HostileRequest BadScalars()
    {
        var junk = Pick("not-a-date", "2026-13-45T99:99:99Z", "", "PT", "P-1D", "Mars/Olympus", "zz-ZZ-x-toolong", "+0", "12345", "🙂", new string('9', 400));
        var query = random.Next(4) switch
        {
            0 => "query($v: DateTime!) { metrics(from: $v, to: $v) { name } }",
            1 => "query($v: String) { greeting(input: { agentName: \"a\", callerName: \"b\", language: $v, callerTimeZone: $v }) { lines } }",
            2 => "query($v: DateTime) { tickets(filter: { updatedAfter: $v }) { totalCount } }",
            _ => "query($v: ID!) { simulateEscalation(ticketId: \"x\", until: $v) { action } }",
        };
        return Post("bad scalars", Encoding.UTF8.GetBytes(Json(new { query, variables = new { v = junk } })));
    }

    private HostileRequest BadMutationInputs()
    {
        var mutation = Pick(Mutations);
        object?[] inputs =
        [
            new { }, null, "text", 42, new[] { 1, 2 },
            new { id = RandomText(10), ticketId = RandomText(10), subject = (string?)null, priority = "SUPER_URGENT" },
            new { ticketId = Base64("Ticket:" + random.Next()), expectedVersion = -5, text = RandomText(30), reason = "", phone = "call me" },
            new { package = "not base64!", dryRun = "yes" },
            new { pluginId = "../" + RandomText(5), settings = new { x = new string('y', 3000) } },
        ];
        var query = $"mutation($i: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $i) {{ userErrors {{ field message code }} }} }}";
        return Post("bad mutation inputs", Encoding.UTF8.GetBytes(Json(new { query, variables = new { i = inputs[random.Next(inputs.Length)] } })));
    }

    private HostileRequest BadVariables()
    {
        object?[] values = ["abc", 1e300, 2147483648L, -9223372036854775808L, new { x = 1 }, new[] { 1 }, true, null];
        var query = Pick(
            "query($n: Int) { tickets(first: $n) { totalCount } }",
            "query($n: Int!) { tickets(first: $n) { totalCount } }",
            "query($f: TicketFilter) { tickets(filter: $f) { totalCount } }",
            "query($o: TicketOrder) { tickets(orderBy: $o) { totalCount } }",
            "query($n: Undeclared) { organization { name } }",
            "query { tickets(first: $undeclared) { totalCount } }");
        return Post("bad variables", Encoding.UTF8.GetBytes(Json(new { query, variables = new { n = values[random.Next(values.Length)], f = values[random.Next(values.Length)], o = values[random.Next(values.Length)] } })));
    }

    private HostileRequest FragmentMischief()
    {
        var query = random.Next(5) switch
        {
            0 => "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
            1 => FragmentBomb(random.Next(5, 30)),
            2 => "{ organization { name @skip(if: true) @skip(if: false) @include(if: \"x\") } }",
            3 => "{ organization { ... on Ticket { id } } }",
            _ => "{ organization { name" + Repeat(" @skip(if: false)", random.Next(10, 3000)) + " } }",
        };
        return Post("fragment mischief", Encoding.UTF8.GetBytes(Json(new { query })));
    }

    private HostileRequest TransportJunk()
    {
        var valid = Encoding.UTF8.GetBytes(Json(new { query = "{ organization { name } }" }));
        return random.Next(8) switch
        {
            0 => new HostileRequest("transport junk", Pick("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"), "/graphql", "application/json", valid),
            1 => new HostileRequest("transport junk", "POST", "/graphql", Pick("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/graphql", "application/json-patch+json"), valid),
            2 => new HostileRequest("transport junk", "POST", "/graphql", null, valid),
            3 => new HostileRequest("transport junk", "GET", "/graphql?query=" + Uri.EscapeDataString(RandomText(random.Next(0, 200))) + "&variables=" + Uri.EscapeDataString(RandomText(20)), null, null),
            4 => new HostileRequest("transport junk", "GET", "/graphql?query=" + Uri.EscapeDataString("mutation { createApiKey(input: { name: \"x\", role: ADMIN }) { key } }"), null, null),
            5 => Post("transport junk", Encoding.UTF8.GetBytes(Pick("[]", "[{\"query\":\"{ organization { name } }\"}]", "null", "42", "\"query\"", "{}", ""))),
            6 => new HostileRequest("transport junk", "GET", "/graphql?query=%7B%20organization%20%7B%20name%20%7D%20%7D&extensions=" + Uri.EscapeDataString("[1,2"), null, null),
            _ => Post("transport junk", [.. valid, .. RandomBytes(random.Next(1, 50))]),
        };
    }

    private HostileRequest OperationMischief()
    {
        var body = random.Next(5) switch
        {
            0 => Json(new { query = "query A { organization { name } } query B { plugins { id } }" }),
            1 => Json(new { query = "query A { organization { name } }", operationName = "Missing" }),
            2 => Json(new { query = "subscription { ticketEvents { type } }" }),
            3 => Json(new { query = "query A { organization { name } } query A { plugins { id } }", operationName = "A" }),
            _ => Json(new { query = "{ organization { name } } { plugins { id } }" }),
        };
        return Post("operation mischief", Encoding.UTF8.GetBytes(body));
    }

    private static string FragmentBomb(int levels)
    {
        // Each fragment spreads the previous one twice: a document of a few lines asking for 2^levels fields.
        var text = new StringBuilder("query { ...F" + levels + " } fragment F0 on Query { organization { name } } ");
        for (var i = 1; i <= levels; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i - 1).Append(" a").Append(i).Append(": organization { ...G").Append(i - 1).Append(" } } ");
            text.Append("fragment G").Append(i - 1).Append(" on Organization { name }");
        }

        return text.ToString();
    }

    private HostileRequest Post(string kind, byte[] body) => new(kind, "POST", "/graphql", "application/json", body);

    private string Pick(params string[] options) => options[random.Next(options.Length)];

    private string Identifier() => "f" + RandomText(random.Next(1, 30)).Where(char.IsAsciiLetterOrDigit).Aggregate(new StringBuilder(), (b, c) => b.Append(c));

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(10) == 0 ? (char)random.Next(0x80, 0x3000) : (char)random.Next(0x20, 0x7F));
        }

        return text.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
