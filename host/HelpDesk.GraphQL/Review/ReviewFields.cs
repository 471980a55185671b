using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Review;
using HelpDesk.GraphQL.Enums;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Review;

/// <summary>The reply-review query an agent console calls while the agent types.</summary>
internal static class ReviewFields
{
    /// <summary>Adds <c>reviewReply</c> to the root query type.</summary>
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ReplyReviewType>>("reviewReply")
            .Description("Reviews a reply or note while it is being written: weak or blaming phrases with a better form, and its questions as open or closed. Fast enough to call on every keystroke; any role may call it.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The text as typed so far, at most {ReplyReviewService.MaxTextLength} characters; an empty text gives an empty review.")
            .Argument<StringGraphType>("language", "A BCP 47 language tag (en, nl, fr, de, ja, hu); the organisation's first language when omitted or not a language tag.")
            .Argument<NoteKindEnum>("kind", "Whether the text is a REPLY the caller reads or an INTERNAL note; REPLY when omitted.")
            .ResolveAsync(async c =>
            {
                var review = new ReplyReviewQuery
                {
                    Text = c.GetArgument<string>("text") ?? "",
                    Language = c.GetArgument<string?>("language"),
                    Kind = c.GetArgument<NoteKind?>("kind") ?? NoteKind.Reply,
                };
                var result = await c.Service<ReplyReviewService>().ReviewAsync(c.OrganizationId(), review, c.CancellationToken);
                return result.Value ?? throw ToExecutionError(result.Errors[0]);
            });

    private static ExecutionError ToExecutionError(UserError error)
    {
        var code = error.Code switch
        {
            UserErrorCode.NotFound => ErrorCodes.NotFound,
            UserErrorCode.PluginFailed => ErrorCodes.PluginUnavailable,
            _ => ErrorCodes.ValidationFailed,
        };
        var message = error.Field.Count > 0 ? $"{string.Join('.', error.Field)}: {error.Message}" : error.Message;
        return new ExecutionError(message) { Code = code };
    }
}
