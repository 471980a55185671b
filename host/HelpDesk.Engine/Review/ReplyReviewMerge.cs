using HelpDesk.Sdk.Review;

namespace HelpDesk.Engine.Review;

/// <summary>Combines the reviews of several reviewer plugins into one, in text order, without repeating a finding or a question.</summary>
internal static class ReplyReviewMerge
{
    /// <summary>Merges at least one review; the first review's language names the result.</summary>
    public static ReplyReview Of(IReadOnlyList<ReplyReview> reviews)
    {
        if (reviews.Count == 1)
        {
            return reviews[0] with { Findings = InTextOrder(reviews[0].Findings), Questions = [.. reviews[0].Questions.OrderBy(q => q.Start)] };
        }

        return new ReplyReview
        {
            Language = reviews[0].Language,
            Findings = InTextOrder(reviews.SelectMany(r => r.Findings).DistinctBy(f => (f.Rule, f.Start, f.Length))),
            Questions = [.. reviews.SelectMany(r => r.Questions).DistinctBy(q => q.Start).OrderBy(q => q.Start)],
        };
    }

    private static List<ReplyFinding> InTextOrder(IEnumerable<ReplyFinding> findings) =>
        [.. findings.OrderBy(f => f.Start).ThenByDescending(f => f.Length).ThenBy(f => f.Rule, StringComparer.Ordinal)];
}
