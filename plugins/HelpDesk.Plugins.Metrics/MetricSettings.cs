using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Metrics;

/// <summary>An organisation's metric settings.</summary>
internal sealed record MetricSettings(int SatisfiedCsatFrom, bool BreakdownByAgent)
{
    public static MetricSettings Read(IPluginSettings settings) =>
        new(settings.Get("satisfiedCsatFrom", 4), settings.Get("breakdownByAgent", true));
}
