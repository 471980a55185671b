using GraphQL.Types;
using HelpDesk.Engine.Desks;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>The caller's organisation and its desk.</summary>
internal sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "The organisation the caller's API key belongs to, and how its desk is assembled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name agents say when they greet a caller.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The IANA time zone of its business hours.").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("The languages the desk works in, the first being the default.").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeskPluginType>>>>("plugins")
            .Description("The active plugins, each with whether it runs for this organisation.")
            .ResolveAsync(async c => await c.Service<DeskService>().ListAsync(c.Source.Id, c.CancellationToken));
    }
}
