using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Desks;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Scalars;

namespace HelpDesk.GraphQL.Types;

/// <summary>One plugin as an organisation's desk uses it.</summary>
internal sealed class DeskPluginType : ObjectGraphType<DeskPluginState>
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
        Field<NonNullGraphType<IntGraphType>>("deskVersion").Description("The version of the organisation's desk configuration; pass it as expectedVersion when changing the desk (0 before the first change).")
            .Resolve(c => c.Source.DeskVersion);
        Field<NonNullGraphType<IntGraphType>>("consecutiveFailures").Description("How many calls in a row failed (exceptions, time-outs) for this organisation; 0 once one succeeds.")
            .Resolve(c => c.Source.Health.ConsecutiveFailures);
        Field<StringGraphType>("lastError").Description("What the last failed call reported, if any.").Resolve(c => c.Source.Health.LastError);
        Field<DateTimeScalar>("outOfServiceUntil")
            .Description("Set while the plugin is out of service for this organisation after repeated failures: until then it is not called and operations go on without it.")
            .Resolve(c => c.Source.Health.OutOfServiceUntil);
    }
}
