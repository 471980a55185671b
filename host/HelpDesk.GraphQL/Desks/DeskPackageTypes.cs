using GraphQL.Types;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Desks;

/// <summary>The input of installDesk.</summary>
internal sealed class InstallDeskInputType : InputObjectGraphType
{
    public InstallDeskInputType()
    {
        Name = "InstallDeskInput";
        Description = "A desk package to install for the organisation: the archive as base64 in 'package', or as a file in 'archive' – exactly one.";
        Field<StringGraphType>("package").Description("The desk archive (a .zip holding desk.json and any plugin folders), as base64; limited by the request size.");
        Field<UploadScalar>("archive").Description("The desk archive as a file of a multipart request; limited by HelpDesk:GraphQL:MaxUploadBytes.");
        Field<BooleanGraphType>("dryRun").Description("Check the package and report what would be installed, without changing anything.");
    }
}

/// <summary>The result of installDesk.</summary>
internal sealed class InstallDeskPayloadType : ObjectGraphType<OperationResult<DeskInstallation>>
{
    public InstallDeskPayloadType()
    {
        Name = "InstallDeskPayload";
        Description = "The result of installDesk.";
        Field<DeskSummaryType>("desk").Description("The installed desk; null when there are user errors.").Resolve(c => c.Source.Value?.Manifest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstalledDeskPluginType>>>>("plugins")
            .Description("The desk's plugins as the organisation now has them (or would, on a dry run); empty when there are user errors.")
            .Resolve(c => c.Source.Value?.Plugins ?? []);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("Whether nothing was written because only a check was asked for.").Resolve(c => c.Source.Value?.DryRun ?? false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Problems with the package, each naming the desk.json field, the plugin and the setting; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

/// <summary>A desk package's identity.</summary>
internal sealed class DeskSummaryType : ObjectGraphType<DeskManifest>
{
    public DeskSummaryType()
    {
        Name = "DeskPackageSummary";
        Description = "A desk package: its name, version and description.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The desk's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("version").Description("The desk's version.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the desk is for.").Resolve(c => c.Source.Description);
    }
}

/// <summary>One plugin of an installed desk.</summary>
internal sealed class InstalledDeskPluginType : ObjectGraphType<DeskInstalledPlugin>
{
    public InstalledDeskPluginType()
    {
        Name = "InstalledDeskPlugin";
        Description = "A plugin of an installed desk, enabled for the organisation.";
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin's id.").Resolve(c => c.Source.PluginId);
        Field<NonNullGraphType<StringGraphType>>("version").Description("The version of the plugin the host runs.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<JsonScalar>>("settings").Description("The organisation's settings of the plugin after the install.").Resolve(c => c.Source.SettingsJson);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keptOverrides")
            .Description("The settings whose organisation value was kept over the package's on this upgrade.")
            .Resolve(c => c.Source.KeptOverrides);
    }
}

/// <summary>An exported desk package.</summary>
internal sealed class DeskExportType : ObjectGraphType<DeskExport>
{
    public DeskExportType()
    {
        Name = "DeskExport";
        Description = "The organisation's desk as a desk package.";
        Field<NonNullGraphType<DeskSummaryType>>("desk").Description("The desk's name, version and description.").Resolve(c => c.Source.Manifest);
        Field<NonNullGraphType<StringGraphType>>("deskJson").Description("The package's desk.json text.").Resolve(c => c.Source.ManifestJson);
        Field<NonNullGraphType<StringGraphType>>("package").Description("The desk archive (a .zip holding desk.json and, when asked for, the plugin folders), as base64; installDesk takes it as it is.")
            .Resolve(c => Convert.ToBase64String(c.Source.Zip));
    }
}
