using GraphQL;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Audit;

namespace HelpDesk.GraphQL.Schema;

/// <summary>What the transport knows about the caller, handed to every resolver as the user context.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public string OrganizationId => Caller.OrganizationId;

    /// <summary>Gets the authenticated caller, with its role.</summary>
    public required Caller Caller { get; init; }

    public string ActorId => "key:" + Caller.KeyId;
}

/// <summary>Shortcuts resolvers use to reach the request's organisation and services.</summary>
internal static class ResolveFieldContextExtensions
{
    public static string OrganizationId(this IResolveFieldContext context) =>
        ((RequestContext)context.UserContext).OrganizationId;

    /// <summary>The id recorded as the actor of changes the request makes: the API key's id.</summary>
    public static string ActorId(this IResolveFieldContext context) =>
        ((RequestContext)context.UserContext).ActorId;

    /// <summary>Who the request acts as, for the audit log: the API key, with its name and role.</summary>
    public static AuditActor Actor(this IResolveFieldContext context) =>
        AuditActor.Of(((RequestContext)context.UserContext).Caller);

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (T)context.RequestServices!.GetService(typeof(T))!;
}
