using System.Net;
using System.Text.Json;

namespace HelpDesk.Host.Tests.Fuzzing;

/// <summary>What every answer to a hostile request must look like: a client error or GraphQL errors with a catalogued code, no internals.</summary>
internal static class SaneAnswer
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "QUERY_TOO_COMPLEX", "TIMEOUT", "RATE_LIMITED", "PLUGIN_UNAVAILABLE",
    };

    private static readonly string[] InternalsMarkers = ["   at ", "Exception", ".cs:line", "System.", "Microsoft.", "HelpDesk.Engine", "HelpDesk.GraphQL"];

    /// <summary>Returns why the answer is not sane, or null if it is.</summary>
    public static string? Problem(HttpStatusCode status, string body)
    {
        if ((int)status >= 500)
        {
            return $"status {(int)status}";
        }

        if (InternalsMarkers.FirstOrDefault(marker => body.Contains(marker, StringComparison.Ordinal)) is { } marker)
        {
            return $"the body shows internals ('{marker}')";
        }

        if (body.Length == 0)
        {
            return (int)status >= 400 ? null : "an empty 2xx body";
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "a body that is not JSON";
        }

        if ((int)status >= 400 && !root.TryGetProperty("errors", out _))
        {
            return "a client error without GraphQL errors";
        }

        return ErrorsProblem(root);
    }

    /// <summary>Returns why a GraphQL result's errors are not all catalogued, or null.</summary>
    public static string? ErrorsProblem(JsonElement result)
    {
        if (!result.TryGetProperty("errors", out var errors))
        {
            return result.TryGetProperty("data", out _) ? null : "neither data nor errors";
        }

        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            if (code is null || !Codes.Contains(code))
            {
                return $"an error with code '{code ?? "none"}'";
            }
        }

        return null;
    }
}
