using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Cross-site request forgery guard of GraphQL over HTTP. A browser sends a cross-site GET or
/// multipart/form-data POST without asking first, so those requests must carry a custom header, which
/// forces a CORS preflight; a JSON POST needs <c>application/json</c>, which is not a "simple" content type.
/// </summary>
internal static class CsrfGuard
{
    public const string Header = "GraphQL-Require-Preflight";

    public static readonly TransportError Refusal = new(
        StatusCodes.Status400BadRequest,
        $"GET and multipart requests must carry a non-empty '{Header}' header (a guard against cross-site request forgery).");

    public static bool HasPreflightHeader(HttpRequest request) =>
        !string.IsNullOrWhiteSpace(request.Headers[Header]);
}
