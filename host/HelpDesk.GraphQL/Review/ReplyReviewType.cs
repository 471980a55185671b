using GraphQL.Types;

namespace HelpDesk.GraphQL.Review;

/// <summary>The result of <c>reviewReply</c>.</summary>
internal sealed class ReplyReviewType : ObjectGraphType<Sdk.Review.ReplyReview>
{
    public ReplyReviewType()
    {
        Name = "ReplyReview";
        Description = "What the review found in a reply or note: weak or blaming phrases, and the questions asked.";
        Field<NonNullGraphType<StringGraphType>>("language").Description("The language whose rules were applied; English when the requested one is not supported.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReplyFindingType>>>>("findings").Description("The weak or blaming phrases, in text order.").Resolve(c => c.Source.Findings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReplyQuestionType>>>>("questions").Description("The questions, in text order, each classified as open or closed.").Resolve(c => c.Source.Questions);
    }
}
