using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.History;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.History;
using HelpDesk.GraphQL.Loading;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>A unit tickets can be about.</summary>
internal sealed class AssetType : ObjectGraphType<Asset>
{
    public const string TypeName = "Asset";

    public AssetType()
    {
        Name = TypeName;
        Description = "A unit (device, installation, product) tickets can be about, with its repair history.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Asset;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("serialNumber").Description("The serial number or tag on the unit, unique in the organisation.").Resolve(c => c.Source.SerialNumber);
        Field<StringGraphType>("model").Description("The model or product name.").Resolve(c => c.Source.Model);
        Field<ContactType>("owner").Description("The contact who owns or uses the unit.")
            .Resolve(c => c.Source.ContactId is { } id ? c.Service<RequestLoaders>().Contacts(c.OrganizationId()).Load(id) : null);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version to pass as expectedVersion when changing the asset.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<TicketConnectionType>>("tickets")
            .Description("The unit's tickets, newest first, each with its notes (what was tried, found and promised) loaded for the whole page at once: the repair history before anyone repeats work.")
            .Argument<IntGraphType>("first", $"How many, 0 to {TicketConnectionResolver.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .ResolveAsync(async c => await TicketConnectionResolver.ResolveAsync(
                c.Service<ITicketStore>(), c.OrganizationId(), new TicketFilter { AssetId = c.Source.Id }, true,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), null, null, c.CancellationToken));
        Field<NonNullGraphType<LemonStatusType>>("lemon")
            .Description("Whether the unit keeps coming back after repair (a lemon), with a replacement or return (RMA) recommendation when it does; its new tickets then carry the 'lemon' label.")
            .ResolveAsync(async c => await c.Service<AssetRepairs>().CheckAsync(c.Source, c.CancellationToken));
    }
}
