using System.Text.RegularExpressions;
using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Sdk.Review;

namespace HelpDesk.Plugins.ReplyReview.Questions;

/// <summary>
/// Lists the questions of a text – sentences ending in a question mark – and classifies each: open when it invites
/// the caller to talk, or when a question word comes before any yes/no opener; closed otherwise.
/// </summary>
internal sealed class QuestionClassifier
{
    private readonly Regex open;
    private readonly Regex? closed;
    private readonly Regex invitations;
    private readonly bool kaEndsQuestion;

    /// <summary>Compiles a language's question words.</summary>
    public QuestionClassifier(QuestionWords words, WordMatching matching)
    {
        open = Patterns.Compile(words.Open, matching);
        closed = words.Closed is { } closedWords ? Patterns.Compile(closedWords, matching) : null;
        invitations = Patterns.Compile(words.Invitations, matching);
        kaEndsQuestion = words.KaEndsQuestion;
    }

    /// <summary>Adds every question of the text, classified, in text order.</summary>
    public void FindIn(string text, List<ReplyQuestion> questions)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            if (char.IsWhiteSpace(span[start]))
            {
                start++;
                continue;
            }

            var end = Sentences.EndAfter(span, start);
            var sentence = span[start..end].TrimEnd();
            if (IsQuestion(sentence))
            {
                questions.Add(new ReplyQuestion { Start = start, Length = sentence.Length, Text = sentence.ToString(), Kind = Classify(sentence) });
            }

            start = end;
        }
    }

    private bool IsQuestion(ReadOnlySpan<char> sentence) =>
        sentence.EndsWith("?") || sentence.EndsWith("？") || (kaEndsQuestion && (sentence.EndsWith("か") || sentence.EndsWith("か。")));

    private QuestionKind Classify(ReadOnlySpan<char> question)
    {
        if (invitations.IsMatch(question))
        {
            return QuestionKind.Open;
        }

        var firstOpen = Patterns.FirstIndex(open, question);
        var firstClosed = closed is null ? int.MaxValue : Patterns.FirstIndex(closed, question);
        return firstOpen < firstClosed ? QuestionKind.Open : QuestionKind.Closed;
    }
}
