using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Engine.Plugins;

/// <summary>The context the host hands a component for one organisation.</summary>
internal sealed record PluginContext(
    string OrganizationId,
    string PluginId,
    TimeProvider Clock,
    ILogger Logger,
    IPluginSettings Settings,
    IPluginStore Store) : IPluginContext;
