using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Review;

namespace HelpDesk.Plugins.ReplyReview;

/// <summary>The organisation's choices: which rules are off, and whether questions are classified.</summary>
internal sealed class ReviewSettings
{
    /// <summary>The setting listing the rule codes that are off.</summary>
    public const string DisabledRules = "disabledRules";
    /// <summary>The setting that turns question classification on or off.</summary>
    public const string ClassifyQuestions = "classifyQuestions";

    private readonly string[] disabled;

    private ReviewSettings(string[] disabled, bool classifyQuestions)
    {
        this.disabled = disabled;
        ClassifiesQuestions = classifyQuestions;
    }

    /// <summary>Gets whether questions are listed and classified.</summary>
    public bool ClassifiesQuestions { get; }

    /// <summary>Reads the settings, refusing a rule code that does not exist.</summary>
    public static ReviewSettings Read(IPluginSettings settings)
    {
        var disabled = settings.Get<string[]>(DisabledRules, []);
        foreach (var rule in disabled)
        {
            if (!ReplyReviewRules.All.Contains(rule, StringComparer.Ordinal))
            {
                throw new PluginSettingsException(DisabledRules, $"The setting '{DisabledRules}' names '{rule}', which is not a rule; the rules are {string.Join(", ", ReplyReviewRules.All)}.");
            }
        }

        return new ReviewSettings(disabled, settings.Get(ClassifyQuestions, true));
    }

    /// <summary>Tells whether a rule is checked.</summary>
    public bool IsOn(string rule) => Array.IndexOf(disabled, rule) < 0;
}
