using GraphQL.Types;
using HelpDesk.Sdk.Review;

namespace HelpDesk.GraphQL.Review;

/// <summary>A question found by <c>reviewReply</c>.</summary>
internal sealed class ReplyQuestionType : ObjectGraphType<ReplyQuestion>
{
    public ReplyQuestionType()
    {
        Name = "ReplyQuestion";
        Description = "A question in the reviewed text, classified as open or closed.";
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where the question starts in the text, in UTF-16 code units.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Description("The question's length in UTF-16 code units, its question mark included.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The question as it appears in the text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<QuestionKindEnum>>("kind").Description("Whether the question invites the caller to talk or asks for a short fact.").Resolve(c => c.Source.Kind);
    }
}
