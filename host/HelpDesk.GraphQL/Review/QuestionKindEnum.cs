using GraphQL.Types;
using HelpDesk.Sdk.Review;

namespace HelpDesk.GraphQL.Review;

/// <summary>GraphQL enum for <see cref="QuestionKind"/>; values in UPPER_SNAKE_CASE.</summary>
internal sealed class QuestionKindEnum : EnumerationGraphType<QuestionKind>
{
    public QuestionKindEnum()
    {
        Name = "QuestionKind";
        Description = "How a question steers a call: OPEN (what, why, how) gets the caller talking; CLOSED (have, did, do) gets a short fact. Good calls balance both.";
    }
}
