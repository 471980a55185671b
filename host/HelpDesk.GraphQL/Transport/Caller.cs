namespace HelpDesk.GraphQL.Transport;

/// <summary>Who a request or WebSocket connection acts for.</summary>
/// <param name="OrganizationId">The organisation whose data the caller sees; never another's.</param>
internal sealed record Caller(string OrganizationId);
