using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.GraphQL.Errors;

/// <summary>
/// The id that ties a request's response, its GraphQL errors and its log lines together: the client's
/// <c>X-Correlation-Id</c> when it is a plain token, otherwise a new one; echoed in the response header.
/// </summary>
internal static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The correlation id of the request being served, if any.</summary>
    public static string? Current => Ambient.Value;

    /// <summary>Serves a request with its correlation id in the response header, the log scope and every error.</summary>
    public static async Task RunAsync(HttpContext context, Func<Task> serve)
    {
        var id = Accept(context.Request.Headers[Header].ToString()) ?? ActivityTraceId.CreateRandom().ToString();
        context.Response.Headers[Header] = id;
        Ambient.Value = id;
        using (Scope(context.RequestServices.GetRequiredService<ILogger<Request>>(), id))
        {
            await serve();
        }
    }

    // One small state object per request, where a dictionary and a logger made by name cost more than the rest.
    private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>("CorrelationId: {CorrelationId}");

    /// <summary>The log category of requests' scopes.</summary>
    private sealed class Request;

    // A client's id is echoed into headers and logs, so only short plain tokens are taken.
    private static string? Accept(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? value : null;
}
