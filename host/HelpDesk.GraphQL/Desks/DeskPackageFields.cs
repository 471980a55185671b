using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Transport;

namespace HelpDesk.GraphQL.Desks;

/// <summary>Desk packages: install one for the caller's organisation, export the organisation's desk as one (admins).</summary>
internal static class DeskPackageFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DeskExportType>>("exportDesk")
            .Description("The organisation's current desk as a desk package: its enabled plugins with their settings, its time zone and languages. Needs the admin role.")
            .Argument<BooleanGraphType>("includePluginFolders", "Whether the archive also ships the enabled plugins' folders, so it installs on a host without them; off by default.", a => a.DefaultValue = false)
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c => (await c.Service<DeskExporter>().ExportAsync(
                c.OrganizationId(), c.CancellationToken, c.GetArgument<bool>("includePluginFolders"))).Value);

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<InstallDeskPayloadType>, OperationResult<DeskInstallation>>("installDesk")
            .Description("Installs a desk package for the organisation: everything is checked first and nothing changes on any problem; an upgrade keeps the settings the organisation changed itself. Needs the admin role.")
            .Argument<NonNullGraphType<InstallDeskInputType>>("input", "The package.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                if (!ReadArchive(input, out var zip, out var problem))
                {
                    return OperationResult<DeskInstallation>.Failure([problem!]);
                }

                using var stream = new MemoryStream(zip);
                return await c.Service<DeskInstaller>().InstallAsync(c.OrganizationId(), stream, input.GetValueOrDefault("dryRun") as bool? ?? false, c.Actor(), c.CancellationToken);
            });

    private static bool ReadArchive(Dictionary<string, object?> input, out byte[] zip, out UserError? problem)
    {
        zip = [];
        problem = null;
        var text = input.GetValueOrDefault("package") as string;
        var file = input.GetValueOrDefault("archive") as UploadedFile;
        if ((text is null) == (file is null))
        {
            problem = UserError.ForInput("package", "Send the desk archive once: as base64 in 'package' or as a file in 'archive'.", UserErrorCode.Invalid);
            return false;
        }

        if (file is not null)
        {
            zip = file.Content.ToArray();
            return true;
        }

        try
        {
            zip = Convert.FromBase64String(text!);
            return true;
        }
        catch (FormatException)
        {
            problem = UserError.ForInput("package", "The package is not base64 text (encode the desk's .zip file as base64).", UserErrorCode.Invalid);
            return false;
        }
    }
}
