using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Connections;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Directory;

/// <summary>The contact and asset queries and mutations.</summary>
internal static class DirectoryFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<ContactType>("contact")
            .Description("A contact by id; null when it does not exist or belongs to another organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The contact's id.")
            .ResolveAsync(async c => await FindContactAsync(c, GlobalId.DecodeFor(ContactType.TypeName, c.GetArgument<string>("id"))));
        query.Field<NonNullGraphType<ContactConnectionType>>("contacts")
            .Description("The organisation's contacts, a page at a time.")
            .Argument<IntGraphType>("first", $"How many, 0 to {TicketConnectionResolver.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .Argument<StringGraphType>("text", "Only contacts whose name, e-mail or phone contains this text (any case).")
            .ResolveAsync(async c => await DirectoryConnectionResolver.ResolveAsync(
                (q, ct) => c.Service<IContactStore>().ListAsync(c.OrganizationId(), q, ct), (Contact x) => x.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.GetArgument<string?>("text"), null, c.CancellationToken));
        query.Field<AssetType>("asset")
            .Description("An asset by id; null when it does not exist or belongs to another organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The asset's id.")
            .ResolveAsync(async c => await FindAssetAsync(c, GlobalId.DecodeFor(AssetType.TypeName, c.GetArgument<string>("id"))));
        query.Field<NonNullGraphType<AssetConnectionType>>("assets")
            .Description("The organisation's assets, a page at a time.")
            .Argument<IntGraphType>("first", $"How many, 0 to {TicketConnectionResolver.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Start after this cursor.")
            .Argument<StringGraphType>("text", "Only assets whose serial number or model contains this text (any case).")
            .Argument<IdGraphType>("ownerId", "Only assets of this contact.")
            .ResolveAsync(async c =>
            {
                var ownerArgument = c.GetArgument<string?>("ownerId");
                var ownerId = GlobalId.DecodeFor(ContactType.TypeName, ownerArgument);
                if (ownerArgument is not null && ownerId is null)
                {
                    // An id that names no contact owns nothing, exactly like a contact of another organisation.
                    return ForwardPage.Empty<Asset>();
                }

                return await DirectoryConnectionResolver.ResolveAsync(
                    (q, ct) => c.Service<IAssetStore>().ListAsync(c.OrganizationId(), q, ct), (Asset x) => x.Id,
                    c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.GetArgument<string?>("text"), ownerId, c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateContactPayloadType>>("createContact")
            .Description("Registers a caller or customer.")
            .Argument<NonNullGraphType<CreateContactInputType>>("input", "What is known about the contact.")
            .ResolveAsync(async c => await c.Service<ContactService>().CreateAsync(
                c.OrganizationId(), ContactInputType.ToDetails(c.GetArgument<Dictionary<string, object?>>("input")), c.CancellationToken));
        mutation.Field<NonNullGraphType<UpdateContactPayloadType>>("updateContact")
            .Description("Changes what is known about a contact.")
            .Argument<NonNullGraphType<UpdateContactInputType>>("input", "The contact and its new values.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var id = GlobalId.DecodeFor(ContactType.TypeName, input["id"] as string);
                return id is null
                    ? OperationResult<Contact>.Failure([UserError.ForInput("id", "No contact with this id exists in your organisation.", UserErrorCode.NotFound)])
                    : await c.Service<ContactService>().UpdateAsync(c.OrganizationId(), id, input.TryGetValue("expectedVersion", out var v) ? v as int? : null, ContactInputType.ToDetails(input), c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<EraseContactPayloadType>, OperationResult<ContactErasure>>("eraseContact")
            .Description("Erases a contact's personal data on their request (right to be forgotten): name, e-mail, phone, time zone and language go, and so does every mention of them in the free text of the contact's tickets; ticket statuses, times and metrics stay. Erasing again changes nothing. Recorded in the audit log. Needs the admin role.")
            .Argument<NonNullGraphType<EraseContactInputType>>("input", "The contact.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor(ContactType.TypeName, c.GetArgument<Dictionary<string, object?>>("input")["contactId"] as string);
                return id is null
                    ? OperationResult<ContactErasure>.Failure([UserError.ForInput("contactId", "No contact with this id exists in your organisation.", UserErrorCode.NotFound)])
                    : await c.Service<ContactService>().EraseAsync(c.OrganizationId(), id, c.Actor(), c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<CreateAssetPayloadType>>("createAsset")
            .Description("Registers a unit tickets can be about.")
            .Argument<NonNullGraphType<CreateAssetInputType>>("input", "The unit.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ownerArgument = input.TryGetValue("ownerId", out var o) ? o as string : null;
                var owner = GlobalId.DecodeFor(ContactType.TypeName, ownerArgument);
                if (ownerArgument is not null && owner is null)
                {
                    return OperationResult<Asset>.Failure([UserError.ForInput("ownerId", "No contact with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                return await c.Service<AssetService>().CreateAsync(
                    c.OrganizationId(), input["serialNumber"] as string ?? "", input.TryGetValue("model", out var m) ? m as string : null, owner, c.CancellationToken);
            });
    }

    public static async Task<Contact?> FindContactAsync(IResolveFieldContext context, string? id) =>
        id is null ? null : await context.Service<IContactStore>().FindAsync(context.OrganizationId(), id, context.CancellationToken);

    public static async Task<Asset?> FindAssetAsync(IResolveFieldContext context, string? id) =>
        id is null ? null : await context.Service<IAssetStore>().FindAsync(context.OrganizationId(), id, context.CancellationToken);
}
