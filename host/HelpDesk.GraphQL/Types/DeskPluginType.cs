using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Types;

/// <summary>One plugin as an organisation's desk uses it.</summary>
internal sealed class DeskPluginType : ObjectGraphType<DeskPlugin>
{
    public DeskPluginType()
    {
        Name = "DeskPlugin";
        Description = "A plugin in the organisation's desk: whether it runs for the organisation, and with which settings.";
        Field<NonNullGraphType<PluginType>>("plugin").Description("The plugin.").Resolve(c => c.Source.Plugin);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("Whether the plugin runs for the organisation (all active plugins do until the desk is configured).").Resolve(c => c.Source.Enabled);
        Field<JsonScalar>("settings").Description("The effective settings (the organisation's values, else the plugin's defaults). Needs the admin role.")
            .RequireRole(ApiKeyRole.Admin)
            .Resolve(c => c.Source.SettingsJson);
    }
}

/// <summary>A plugin with its state in one organisation's desk.</summary>
/// <param name="Plugin">The plugin.</param>
/// <param name="Enabled">Whether it runs for the organisation.</param>
/// <param name="SettingsJson">The effective settings as JSON text.</param>
internal sealed record DeskPlugin(HelpDesk.Engine.Plugins.LoadedPlugin Plugin, bool Enabled, string SettingsJson);
