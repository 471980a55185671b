// The physical limit the GraphQL host is compared with: Kestrel, one POST route, and the same response body the host
// gives for the benchmark's ticket query, read once from a file and written from memory. No auth, no parsing, no store.
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: HelpDesk.Benchmarks.Baseline <response-body.json> [--urls http://127.0.0.1:port]");
    return 2;
}

var body = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/graphql", async context =>
{
    // Read the request as the host must, so both sides pay for the same bytes on the wire.
    await context.Request.Body.CopyToAsync(Stream.Null);
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
await app.RunAsync();
return 0;
