using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Explorer;

/// <summary>
/// A small self-contained page, served at the GraphQL path to browsers, where a developer writes and runs
/// queries and reads the schema's documentation (loaded by introspection, so it is always current).
/// </summary>
internal static class ExplorerPage
{
    private static readonly Lazy<byte[]> Page = new(() =>
    {
        using var stream = typeof(ExplorerPage).Assembly.GetManifestResourceStream("HelpDesk.GraphQL.Explorer.explorer.html")
            ?? throw new InvalidOperationException("The explorer page is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Tells a browser's page request apart from a GraphQL GET request.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'";
        return context.Response.Body.WriteAsync(Page.Value, context.RequestAborted).AsTask();
    }
}
