using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Surveys;

/// <summary>An organisation's survey settings.</summary>
internal sealed record SurveySettings(bool SendOnResolved, int LowCsat, int LowNps, TimeSpan FollowUpWithin, string FollowUpAssignTo)
{
    public static SurveySettings Read(IPluginSettings settings) => new(
        !string.Equals(settings.Get("sendOn", "resolved"), "never", StringComparison.OrdinalIgnoreCase),
        settings.Get("lowCsat", 2),
        settings.Get("lowNps", 6),
        TimeSpan.FromHours(settings.Get("followUpHours", 24)),
        settings.Get("followUpAssignTo", "supervisor"));
}
