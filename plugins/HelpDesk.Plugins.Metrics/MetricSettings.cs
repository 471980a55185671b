using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Metrics;

/// <summary>An organisation's metric settings.</summary>
/// <param name="SatisfiedCsatFrom">The lowest CSAT score that counts as satisfied.</param>
/// <param name="BreakdownByAgent">Whether observations carry the <c>agent</c> dimension.</param>
/// <param name="AgentTeams">The team of each agent, by agent id.</param>
internal sealed record MetricSettings(int SatisfiedCsatFrom, bool BreakdownByAgent, IReadOnlyDictionary<string, string> AgentTeams)
{
    /// <summary>The name of the setting that maps agents to their teams.</summary>
    public const string AgentTeamsSetting = "agentTeams";

    /// <summary>Reads the settings, checking the agent-to-team map.</summary>
    /// <param name="settings">The organisation's settings for this plugin.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="PluginSettingsException">The agent-to-team map has an empty agent or team.</exception>
    public static MetricSettings Read(IPluginSettings settings) =>
        new(settings.Get("satisfiedCsatFrom", 4), settings.Get("breakdownByAgent", true), ReadAgentTeams(settings));

    /// <summary>Gets the team of an agent, when the organisation listed it.</summary>
    /// <param name="agentId">The agent's id, if any.</param>
    /// <returns>The team, or <see langword="null"/>.</returns>
    public string? TeamOf(string? agentId) =>
        agentId is not null && AgentTeams.TryGetValue(agentId, out var team) ? team : null;

    private static Dictionary<string, string> ReadAgentTeams(IPluginSettings settings)
    {
        var teams = settings.Get<Dictionary<string, string>>(AgentTeamsSetting, []);
        var blank = teams.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Key) || string.IsNullOrWhiteSpace(t.Value));
        if (blank.Key is not null)
        {
            throw new PluginSettingsException(AgentTeamsSetting, $"The setting '{AgentTeamsSetting}' has an empty agent or team ('{blank.Key}': '{blank.Value}').");
        }

        var trimmed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (agent, team) in teams)
        {
            trimmed[agent.Trim()] = team.Trim();
        }

        return trimmed;
    }
}
