using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Schema;

namespace HelpDesk.GraphQL.Desks;

/// <summary>Desk packages: install one for the caller's organisation, export the organisation's desk as one (admins).</summary>
internal static class DeskPackageFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DeskExportType>>("exportDesk")
            .Description("The organisation's current desk as a desk package: its enabled plugins with their settings, its time zone and languages. Needs the admin role.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c => (await c.Service<DeskExporter>().ExportAsync(c.OrganizationId(), c.CancellationToken)).Value);

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<InstallDeskPayloadType>, OperationResult<DeskInstallation>>("installDesk")
            .Description("Installs a desk package for the organisation: everything is checked first and nothing changes on any problem; an upgrade keeps the settings the organisation changed itself. Needs the admin role.")
            .Argument<NonNullGraphType<InstallDeskInputType>>("input", "The package.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                byte[] zip;
                try
                {
                    zip = Convert.FromBase64String(input.GetValueOrDefault("package") as string ?? "");
                }
                catch (FormatException)
                {
                    return OperationResult<DeskInstallation>.Failure([UserError.ForInput("package", "The package is not base64 text (encode the desk's .zip file as base64).", UserErrorCode.Invalid)]);
                }

                using var stream = new MemoryStream(zip);
                return await c.Service<DeskInstaller>().InstallAsync(c.OrganizationId(), stream, input.GetValueOrDefault("dryRun") as bool? ?? false, c.CancellationToken);
            });
}
