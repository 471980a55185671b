using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Auth;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Audit;

/// <summary>The audit log query, for admins.</summary>
internal static class AuditFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AuditEntryConnectionType>>("auditLog")
            .Description("Who changed what in the organisation's desk configuration, plugins, API keys and contacts' personal data, newest first. Needs the admin role.")
            .Argument<IntGraphType>("first", $"How many, 0 to {AuditTrail.MaxPageSize}; {TicketConnectionResolver.DefaultPageSize} when left out.")
            .Argument<StringGraphType>("after", "Start after this cursor (older entries follow).")
            .Argument<AuditActionEnum>("action", "Only entries of this action.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var first = ForwardPage.Size(c.GetArgument<int?>("first"), AuditTrail.MaxPageSize);
                var after = IdCursor.Read("after", c.GetArgument<string?>("after"));
                return await ForwardPage.ReadAsync(
                    first,
                    () => c.Service<AuditTrail>().ListAsync(c.OrganizationId(), c.GetArgument<AuditAction?>("action"), after, first, c.CancellationToken),
                    e => IdCursor.From(e.Id),
                    after is not null);
            });
}
