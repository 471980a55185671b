using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>Reads the organisation's own keyword rules from the <c>rules</c> setting.</summary>
internal static class OrganisationRules
{
    /// <summary>The name of the setting.</summary>
    public const string Setting = "rules";

    /// <summary>Reads the rules, keyword to label; they are certain (confidence 1) and marked as configured rules.</summary>
    /// <param name="settings">The organisation's settings for the plugin.</param>
    /// <returns>The rules, in the order they were configured.</returns>
    /// <exception cref="PluginSettingsException">A keyword or label is empty.</exception>
    public static IReadOnlyList<KeywordRule> Read(IPluginSettings settings)
    {
        var rules = settings.Get<Dictionary<string, string>>(Setting, []);
        var blank = rules.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Key.Replace('*', ' ')) || string.IsNullOrWhiteSpace(r.Value));
        if (blank.Key is not null)
        {
            throw new PluginSettingsException(Setting, $"The setting '{Setting}' has an empty keyword or label ('{blank.Key}': '{blank.Value}').");
        }

        return [.. rules.Select(r => new KeywordRule(r.Key, r.Value, TagSource.Rule, 1.0))];
    }
}
