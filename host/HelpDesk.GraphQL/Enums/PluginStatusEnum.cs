using GraphQL.Types;
using HelpDesk.Engine.Plugins;

namespace HelpDesk.GraphQL.Enums;

/// <summary>GraphQL enum for <see cref="PluginStatus"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class PluginStatusEnum : EnumerationGraphType<PluginStatus>
{
    public PluginStatusEnum()
    {
        Name = "PluginStatus";
        Description = "Whether a discovered plugin runs.";
    }
}
