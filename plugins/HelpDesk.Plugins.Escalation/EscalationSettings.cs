using HelpDesk.Plugins.Escalation.Hours;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Escalation;

/// <summary>An organisation's escalation settings, with the manifest's defaults as fallbacks.</summary>
internal sealed record EscalationSettings(
    IReadOnlyDictionary<TicketPriority, PriorityTargets> Targets,
    int WarnAtPercent,
    int MaxTransfers,
    int RepeatContactThreshold,
    int LemonAssetThreshold,
    int MajorIncidentThreshold,
    string IncidentTeam,
    bool AlertSupervisorOnUrgent,
    bool AlertSupervisorOnOverduePromise,
    BusinessSchedule Schedule)
{
    private static readonly Dictionary<TicketPriority, PriorityTargets> DefaultTargets = new()
    {
        [TicketPriority.Urgent] = new(15, 240, 60),
        [TicketPriority.High] = new(60, 480, 240),
        [TicketPriority.Normal] = new(240, 1440, 1440),
        [TicketPriority.Low] = new(480, 2880, 2880),
    };

    /// <summary>Reads the settings.</summary>
    /// <exception cref="PluginSettingsException">A setting is malformed; the message names it.</exception>
    public static EscalationSettings Read(IPluginSettings settings) => new(
        DefaultTargets.ToDictionary(t => t.Key, t => ReadTargets(settings, t.Key, t.Value)),
        settings.Get("warnAtPercent", 80),
        settings.Get("maxTransfers", 2),
        settings.Get("repeatContactThreshold", 3),
        settings.Get("lemonAssetThreshold", 3),
        settings.Get("majorIncidentThreshold", 5),
        settings.Get("incidentTeam", "incident"),
        settings.Get("alertSupervisorOnUrgent", true),
        settings.Get("alertSupervisorOnOverduePromise", true),
        BusinessScheduleParser.Parse(
            settings.Get(BusinessScheduleParser.HoursSetting, BusinessScheduleParser.AroundTheClock),
            settings.Get<string[]>(BusinessScheduleParser.ClosedDaysSetting, [])));

    private static PriorityTargets ReadTargets(IPluginSettings settings, TicketPriority priority, PriorityTargets fallback)
    {
        var prefix = priority.ToString().ToLowerInvariant();
        return new(
            settings.Get($"{prefix}FirstResponseMinutes", fallback.FirstResponseMinutes),
            settings.Get($"{prefix}ResolutionMinutes", fallback.ResolutionMinutes),
            settings.Get($"{prefix}UpdateIntervalMinutes", fallback.UpdateIntervalMinutes));
    }
}
