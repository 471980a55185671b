using GraphQL.Types;
using HelpDesk.Sdk.Review;

namespace HelpDesk.GraphQL.Review;

/// <summary>A weak or blaming phrase found by <c>reviewReply</c>.</summary>
internal sealed class ReplyFindingType : ObjectGraphType<ReplyFinding>
{
    public ReplyFindingType()
    {
        Name = "ReplyFinding";
        Description = "A weak or blaming phrase in the reviewed text, why it is weak and what to write instead.";
        Field<NonNullGraphType<StringGraphType>>("rule").Description($"The stable code of the rule that matched: {string.Join(", ", ReplyReviewRules.All)}, or a code of another reviewer plugin.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where the phrase starts in the text, in UTF-16 code units (as JavaScript indexes strings).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Description("The phrase's length in UTF-16 code units.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The phrase as it appears in the text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("message").Description("Why the phrase is weak, in the language of the text.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("suggestion").Description("The better form, in the language of the text; … marks what the agent fills in.").Resolve(c => c.Source.Suggestion);
    }
}
