namespace HelpDesk.GraphQL.Errors;

/// <summary>The catalogue of top-level error codes (<c>extensions.code</c>); documented in the README.</summary>
internal static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string PluginUnavailable = "PLUGIN_UNAVAILABLE";
    public const string Internal = "INTERNAL";

    public static readonly IReadOnlySet<string?> All = new HashSet<string?>
    {
        Unauthenticated, Forbidden, NotFound, ValidationFailed, QueryTooComplex, Timeout, RateLimited, PluginUnavailable, Internal,
    };
}
