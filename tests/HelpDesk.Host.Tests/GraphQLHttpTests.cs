using System.Net;
using System.Text;

namespace HelpDesk.Host.Tests;

public sealed class GraphQLHttpTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private GraphQLClient Client => host.GraphQL();

    [Fact]
    public async Task A_query_over_get_is_answered_with_the_graphql_response_media_type()
    {
        var response = await Client.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ plugins { id } }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.True(response.Path("plugins").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_nothing_is_opened()
    {
        var client = await host.NewOrganizationAsync();
        var mutation = Uri.EscapeDataString("mutation { openTicket(input: { subject: \"x\" }) { ticket { id } } }");

        var response = await client.SendAsync(HttpMethod.Get, "/graphql?query=" + mutation);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(0, (await client.PostAsync("{ tickets { totalCount } }")).Path("tickets", "totalCount").GetInt64());
    }

    [Fact]
    public async Task A_mutation_that_passed_over_post_is_still_refused_over_get()
    {
        var client = await host.NewOrganizationAsync();
        const string mutation = "mutation { openTicket(input: { subject: \"Printer jams on every page\" }) { ticket { id } } }";
        await client.PostAsync(mutation);
        await client.PostAsync(mutation);

        var response = await client.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(2, (await client.PostAsync("{ tickets { totalCount } }")).Path("tickets", "totalCount").GetInt64());
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        var response = await Client.SendAsync(HttpMethod.Put, "/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_content_gets_415()
    {
        var response = await Client.SendAsync(HttpMethod.Post, "/graphql", new StringContent("{ plugins { id } }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("application/json", response.FirstError.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{ not json", "not a valid GraphQL request")]
    [InlineData("{\"variables\": {}}", "no 'query'")]
    [InlineData("[{\"query\": \"{ plugins { id } }\"}]", "Batched requests")]
    public async Task Unreadable_requests_get_400_with_a_message_saying_why(string body, string expected)
    {
        var response = await Client.SendAsync(HttpMethod.Post, "/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains(expected, response.FirstError.GetProperty("message").GetString());
        Assert.DoesNotContain("   at ", response.Body.ToString());
    }

    [Fact]
    public async Task A_syntax_error_gets_400_and_a_validation_code()
    {
        var response = await Client.PostAsync("{ plugins { id ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task An_unknown_field_gets_400_naming_the_field()
    {
        var response = await Client.PostAsync("{ tickets { nodes { favouriteColour } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("favouriteColour", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_client_accepting_only_json_gets_json_and_200_even_for_invalid_documents()
    {
        var response = await Client.PostAsync("{ nope }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_client_accepting_neither_json_type_gets_406()
    {
        var response = await Client.PostAsync("{ plugins { id } }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        var huge = new string('x', 200 * 1024);
        var response = await Client.PostAsync("{ plugins { id } }", new { padding = huge });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task A_body_sent_in_pieces_without_a_length_is_read_whole()
    {
        var body = Encoding.UTF8.GetBytes($$$"""  {"query": "{ plugins { id } }", "variables": {"padding": "{{{new string('x', 20_000)}}}"}}""");

        var response = await Client.SendAsync(HttpMethod.Post, "/graphql", new PiecesContent(body, pieceSize: 1000));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Path("plugins").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData(false, 0, HttpStatusCode.OK)]
    [InlineData(false, 1, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(true, 0, HttpStatusCode.OK)]
    [InlineData(true, 1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_body_is_read_up_to_the_size_limit_exactly_whether_or_not_it_declares_its_length(bool declaresItsLength, int bytesOverTheLimit, HttpStatusCode expected)
    {
        const int limit = 100 * 1024;
        var frame = Encoding.UTF8.GetByteCount("""{"query": "{ plugins { id } }", "variables": {"padding": ""}}""");
        var body = Encoding.UTF8.GetBytes($$$"""{"query": "{ plugins { id } }", "variables": {"padding": "{{{new string('x', limit - frame + bytesOverTheLimit)}}}"}}""");

        HttpContent content = declaresItsLength
            ? new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } }
            : new PiecesContent(body, pieceSize: 3000);

        var response = await Client.SendAsync(HttpMethod.Post, "/graphql", content);

        Assert.Equal(limit + bytesOverTheLimit, body.Length);
        Assert.Equal(expected, response.Status);
    }

    [Fact]
    public async Task A_body_without_a_length_that_grows_over_the_size_limit_gets_413()
    {
        var body = Encoding.UTF8.GetBytes($$$"""{"query": "{ plugins { id } }", "variables": {"padding": "{{{new string('x', 200 * 1024)}}}"}}""");

        var response = await Client.SendAsync(HttpMethod.Post, "/graphql", new PiecesContent(body, pieceSize: 16 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_refused_saying_so()
    {
        byte[] body = [.. "{\"query\": \"{ plugins { id } }\", \"operationName\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        var response = await Client.SendAsync(HttpMethod.Post, "/graphql", new PiecesContent(body, pieceSize: 1000));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains("UTF-8", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_answer_is_sent_whole_with_its_length_also_when_it_is_large()
    {
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestKeys.For(host, "demo", HelpDesk.Engine.Auth.ApiKeyRole.Admin));
        var query = System.Text.Json.JsonSerializer.Serialize(new { query = "{ __schema { types { name description fields { name description } } } }" });

        using var response = await http.PostAsync("/graphql", new StringContent(query, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length > 64 * 1024, $"the answer has {body.Length} bytes");
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Contains(json.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Ticket");
    }

    [Fact]
    public async Task A_request_without_a_valid_api_key_gets_401()
    {
        using var http = host.CreateClient();

        var none = await new GraphQLClient(http).PostAsync("{ tickets { totalCount } }");
        var forged = await new GraphQLClient(http, "hd_0123456789abcdef_not-a-real-secret-at-all").PostAsync("{ tickets { totalCount } }");
        var garbage = await new GraphQLClient(http, "let me in").PostAsync("{ tickets { totalCount } }");

        Assert.All([none, forged, garbage], r => Assert.Equal(HttpStatusCode.Unauthorized, r.Status));
        Assert.All([none, forged, garbage], r => Assert.Equal("UNAUTHENTICATED", r.FirstErrorCode));
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_refused_naming_the_variable()
    {
        var response = await Client.PostAsync("query($first: Int) { tickets(first: $first) { totalCount } }", new { first = "ten" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("$first", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        using var http = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
    }

    // A JSON body written a piece at a time with no Content-Length, so it arrives chunked.
    private sealed class PiecesContent : HttpContent
    {
        private readonly byte[] body;
        private readonly int pieceSize;

        public PiecesContent(byte[] body, int pieceSize)
        {
            (this.body, this.pieceSize) = (body, pieceSize);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += pieceSize)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(pieceSize, body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
