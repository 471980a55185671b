using System.Text.RegularExpressions;
using HelpDesk.Sdk.Review;

namespace HelpDesk.Plugins.ReplyReview.Matching;

/// <summary>A <see cref="Phrase"/> compiled once; finding it allocates nothing but the findings.</summary>
internal sealed class PhraseRule
{
    private readonly Regex pattern;
    private readonly Regex? exception;
    private readonly int exceptionReach;
    private readonly string why;
    private readonly string instead;

    /// <summary>Compiles a phrase for a script.</summary>
    public PhraseRule(Phrase phrase, WordMatching matching)
    {
        Rule = phrase.Rule;
        pattern = Patterns.Compile(phrase.Pattern, matching);
        exception = phrase.UnlessFollowedBy is { } unless ? Patterns.Compile(unless, matching) : null;
        exceptionReach = phrase.UnlessWithinSentences;
        why = phrase.Why;
        instead = phrase.Instead;
    }

    /// <summary>Gets the code of the rule the phrase belongs to.</summary>
    public string Rule { get; }

    /// <summary>Adds a finding for every occurrence in the text that is not excused by what follows it.</summary>
    public void FindIn(string text, List<ReplyFinding> findings)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            if (exception is not null && exception.IsMatch(Sentences.Ahead(text, end, exceptionReach)))
            {
                continue;
            }

            findings.Add(new ReplyFinding
            {
                Rule = Rule,
                Start = match.Index,
                Length = match.Length,
                Text = text.Substring(match.Index, match.Length),
                Message = why,
                Suggestion = instead,
            });
        }
    }
}
