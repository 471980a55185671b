using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>One language's phrases and question words, compiled when the language is first reviewed.</summary>
internal sealed class LanguagePack
{
    /// <summary>Compiles a language's phrases and question words.</summary>
    public LanguagePack(string tag, WordMatching matching, IReadOnlyList<Phrase> phrases, QuestionWords questions)
    {
        Tag = tag;
        Rules = [.. phrases.Select(phrase => new PhraseRule(phrase, matching))];
        Questions = new QuestionClassifier(questions, matching);
    }

    /// <summary>Gets the BCP 47 primary language subtag, for example <c>nl</c>.</summary>
    public string Tag { get; }

    /// <summary>Gets the compiled phrases, in the order of the language table.</summary>
    public IReadOnlyList<PhraseRule> Rules { get; }

    /// <summary>Gets the compiled question words.</summary>
    public QuestionClassifier Questions { get; }
}
