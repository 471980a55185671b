using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Review;

namespace HelpDesk.Plugins.ReplyReview;

/// <summary>The organisation's choices: which rules are off, and whether questions are classified.</summary>
internal sealed class ReviewSettings
{
    public const string DisabledRules = "disabledRules";
    public const string ClassifyQuestions = "classifyQuestions";

    private readonly string[] disabled;

    private ReviewSettings(string[] disabled, bool classifyQuestions)
    {
        this.disabled = disabled;
        ClassifiesQuestions = classifyQuestions;
    }

    public bool ClassifiesQuestions { get; }

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

    public bool IsOn(string rule) => Array.IndexOf(disabled, rule) < 0;
}
