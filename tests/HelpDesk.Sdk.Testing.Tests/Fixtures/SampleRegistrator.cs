using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sdk.Testing.Tests.Fixtures;

/// <summary>
/// This test assembly doubles as a plugin for the harness: a registrator, a tagger that needs what the
/// registrator and the host provide, and a metric source (manifests in Manifests/sample-*.json).
/// </summary>
public sealed class SampleRegistrator : IPluginRegistrator
{
    public void Register(IServiceCollection services) => services.AddSingleton<ILabelFormatter, LabelFormatter>();
}
