namespace HelpDesk.GraphQL.Transport;

/// <summary>A request refused before execution, with the HTTP status the GraphQL-over-HTTP spec gives it.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
internal sealed record TransportError(int StatusCode, string Message);
