using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using HelpDesk.Engine.Auth;

namespace HelpDesk.GraphQL.Authorization;

/// <summary>Marks fields with the least role that may select them; fields without a mark are open to every authenticated caller.</summary>
internal static class RoleRequirement
{
    private const string Key = "helpdesk:requiredRole";

    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, ApiKeyRole role) =>
        field.WithMetadata(Key, role);

    public static ApiKeyRole? Of(FieldType field) =>
        field.HasMetadata(Key) ? field.GetMetadata<ApiKeyRole>(Key) : null;
}
