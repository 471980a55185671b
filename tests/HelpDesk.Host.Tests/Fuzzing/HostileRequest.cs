namespace HelpDesk.Host.Tests.Fuzzing;

/// <summary>One generated HTTP request: what a careless or hostile client might send to <c>/graphql</c>.</summary>
/// <param name="Kind">The family of mischief, for the failure message.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The request target.</param>
/// <param name="ContentType">The body's content type, or null for none.</param>
/// <param name="Body">The raw body bytes, or null for none.</param>
internal sealed record HostileRequest(string Kind, string Method, string PathAndQuery, string? ContentType, byte[]? Body)
{
    public override string ToString()
    {
        var body = Body is null ? "" : System.Text.Encoding.UTF8.GetString(Body);
        return $"{Kind}: {Method} {Truncate(PathAndQuery)} [{ContentType}] {Truncate(body)}";
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} chars)";
}
