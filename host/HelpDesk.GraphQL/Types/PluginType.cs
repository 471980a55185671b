using GraphQL.Types;
using HelpDesk.Engine.Plugins;
using HelpDesk.GraphQL.Enums;

namespace HelpDesk.GraphQL.Types;

/// <summary>A plugin the host discovered.</summary>
internal sealed class PluginType : ObjectGraphType<LoadedPlugin>
{
    public PluginType()
    {
        Name = "Plugin";
        Description = "A plugin folder the host discovered, with the outcome of loading it.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The plugin id from its manifest (the folder name when the manifest is unreadable).").Resolve(c => c.Source.Id);
        Field<StringGraphType>("name").Description("The display name.").Resolve(c => c.Source.Manifest?.Name);
        Field<StringGraphType>("version").Description("The plugin's version.").Resolve(c => c.Source.Manifest?.Version);
        Field<StringGraphType>("description").Description("What the plugin does.").Resolve(c => c.Source.Manifest?.Description);
        Field<StringGraphType>("sdkVersion").Description("The SDK version the plugin was built against.").Resolve(c => c.Source.Manifest?.SdkVersion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("kinds").Description("The kinds of component it provides.").Resolve(c => c.Source.Manifest?.Kinds ?? []);
        Field<NonNullGraphType<PluginStatusEnum>>("status").Description("Whether it runs.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("reason").Description("Why it was refused; null when active.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("folder").Description("The name of the folder it was loaded from.").Resolve(c => Path.GetFileName(c.Source.Directory));
    }
}
