using GraphQL;

namespace HelpDesk.GraphQL.Schema;

/// <summary>What the transport knows about the caller, handed to every resolver as the user context.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public required string OrganizationId { get; init; }
}

/// <summary>Shortcuts resolvers use to reach the request's organisation and services.</summary>
internal static class ResolveFieldContextExtensions
{
    public static string OrganizationId(this IResolveFieldContext context) =>
        ((RequestContext)context.UserContext).OrganizationId;

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (T)context.RequestServices!.GetService(typeof(T))!;
}
