using HelpDesk.Plugins.ReplyReview.Languages;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Review;

namespace HelpDesk.Plugins.ReplyReview;

/// <summary>
/// Flags weak or blaming phrases with the better form in the text's language, and lists its questions as open or
/// closed. Each language's expressions are compiled once, on first use; a review then only scans the text.
/// Languages without a pack of their own are reviewed with the English rules, and the review says so.
/// Internal notes are not spoken to the caller, so the rules about how the caller is addressed on the phone
/// (hold on, self-deprecation) are skipped for them.
/// </summary>
public sealed class PositiveLanguageReviewer : IReplyReviewer
{
    private static readonly string[] CallerOnlyRules = [ReplyReviewRules.HoldOn, ReplyReviewRules.SelfDeprecation];

    private static readonly Comparison<ReplyFinding> ByPosition = (a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);

    /// <inheritdoc />
    public ValueTask<Sdk.Review.ReplyReview> ReviewAsync(ReplyReviewRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = ReviewSettings.Read(context.Settings);
        var pack = LanguagePacks.For(request.Language);
        var text = request.Text ?? "";
        var findings = new List<ReplyFinding>();
        foreach (var rule in pack.Rules)
        {
            if (settings.IsOn(rule.Rule) && (request.Kind == NoteKind.Reply || Array.IndexOf(CallerOnlyRules, rule.Rule) < 0))
            {
                rule.FindIn(text, findings);
            }
        }

        findings.Sort(ByPosition);
        var questions = new List<ReplyQuestion>();
        if (settings.ClassifiesQuestions)
        {
            pack.Questions.FindIn(text, questions);
        }

        return ValueTask.FromResult(new Sdk.Review.ReplyReview { Language = pack.Tag, Findings = findings, Questions = questions });
    }
}
