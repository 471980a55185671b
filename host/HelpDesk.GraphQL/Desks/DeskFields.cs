using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Schema;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Desks;

/// <summary>The desk assembly mutations: enable, disable and configure a plugin for the caller's organisation (admins).</summary>
internal static class DeskFields
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EnablePluginPayloadType>, OperationResult<DeskPluginState>>("enablePlugin")
            .Description("Turns a plugin on for the organisation, from its next call on; other organisations are not affected. Needs the admin role.")
            .Argument<NonNullGraphType<PluginSwitchInputType>>("input", "The plugin.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c => await SwitchAsync(c, enabled: true));
        mutation.Field<NonNullGraphType<DisablePluginPayloadType>, OperationResult<DeskPluginState>>("disablePlugin")
            .Description("Turns a plugin off for the organisation, from its next call on; other organisations are not affected. Needs the admin role.")
            .Argument<NonNullGraphType<PluginSwitchInputType>>("input", "The plugin.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c => await SwitchAsync(c, enabled: false));
        mutation.Field<NonNullGraphType<ConfigurePluginPayloadType>, OperationResult<DeskPluginState>>("configurePlugin")
            .Description("Sets the organisation's settings of a plugin; each problem names the setting. Needs the admin role.")
            .Argument<NonNullGraphType<ConfigurePluginInputType>>("input", "The plugin and its settings.")
            .RequireRole(ApiKeyRole.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<DeskService>().ConfigureAsync(
                    c.OrganizationId(), Get<string>(input, "pluginId") ?? "", SettingsJson(Get<object>(input, "settings")), Get<int?>(input, "expectedVersion"), c.Actor(), c.CancellationToken);
            });
    }

    private static async Task<OperationResult<DeskPluginState>> SwitchAsync(IResolveFieldContext context, bool enabled)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        return await context.Service<DeskService>().SetEnabledAsync(
            context.OrganizationId(), Get<string>(input, "pluginId") ?? "", enabled, Get<int?>(input, "expectedVersion"), context.Actor(), context.CancellationToken);
    }

    /// <summary>The settings variable as JSON text again (GraphQL hands variables over as dictionaries and lists).</summary>
    private static string SettingsJson(object? value) => value switch
    {
        null => "{}",
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(value),
    };
}
