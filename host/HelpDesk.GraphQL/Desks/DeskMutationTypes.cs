using GraphQL.Types;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Errors;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.GraphQL.Types;

namespace HelpDesk.GraphQL.Desks;

/// <summary>The input of enablePlugin and disablePlugin.</summary>
internal sealed class PluginSwitchInputType : InputObjectGraphType
{
    public PluginSwitchInputType()
    {
        Name = "PluginSwitchInput";
        Description = "Which plugin to turn on or off for the organisation.";
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin's id, as the plugins query lists it.");
        Field<IntGraphType>("expectedVersion").Description("The deskVersion last read; a CONFLICT user error when the desk changed since. Omit to apply to the latest.");
    }
}

/// <summary>The input of configurePlugin.</summary>
internal sealed class ConfigurePluginInputType : InputObjectGraphType
{
    public ConfigurePluginInputType()
    {
        Name = "ConfigurePluginInput";
        Description = "The organisation's settings of one plugin, checked against the settings the plugin declares.";
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin's id.");
        Field<NonNullGraphType<JsonScalar>>("settings").Description("The settings as a JSON object; settings left out take the plugin's defaults.");
        Field<IntGraphType>("expectedVersion").Description("The deskVersion last read; a CONFLICT user error when the desk changed since. Omit to apply to the latest.");
    }
}

/// <summary>The result of a desk change.</summary>
internal abstract class DeskPluginPayloadType : ObjectGraphType<OperationResult<DeskPluginState>>
{
    protected DeskPluginPayloadType(string name, string mutation)
    {
        Name = name;
        Description = $"The result of {mutation}.";
        Field<DeskPluginType>("deskPlugin").Description("The plugin as the desk now has it; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>The result of enablePlugin.</summary>
internal sealed class EnablePluginPayloadType() : DeskPluginPayloadType("EnablePluginPayload", "enablePlugin");

/// <summary>The result of disablePlugin.</summary>
internal sealed class DisablePluginPayloadType() : DeskPluginPayloadType("DisablePluginPayload", "disablePlugin");

/// <summary>The result of configurePlugin.</summary>
internal sealed class ConfigurePluginPayloadType() : DeskPluginPayloadType("ConfigurePluginPayload", "configurePlugin");
