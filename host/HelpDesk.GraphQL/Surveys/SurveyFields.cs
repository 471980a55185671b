using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Surveys;
using HelpDesk.GraphQL.Mutations;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;
using static HelpDesk.GraphQL.Schema.InputValues;

namespace HelpDesk.GraphQL.Surveys;

/// <summary>resolveTicket (which may send a survey) and answerSurvey.</summary>
internal static class SurveyFields
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResolveTicketPayloadType>, OperationResult<ResolvedTicket>>("resolveTicket")
            .Description("Marks a ticket solved; the organisation's survey plugin may then plan a survey, whose link the payload shows once.")
            .Argument<NonNullGraphType<ResolveTicketInputType>>("input", "What to change.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, Get<string>(input, "ticketId"));
                if (ticketId is null)
                {
                    return OperationResult<ResolvedTicket>.Failure([UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                return await c.Service<TicketResolution>().ResolveAsync(
                    c.OrganizationId(), ticketId, Get<int?>(input, "expectedVersion"), Get<bool?>(input, "firstContact") ?? false, c.ActorId(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<AnswerSurveyPayloadType>, OperationResult<SurveyResponse>>("answerSurvey")
            .Description("Records a caller's answers to a survey of this organisation. Callers without an API key answer at the link's own page (GET/POST /surveys/{token}).")
            .Argument<NonNullGraphType<AnswerSurveyInputType>>("input", "The token and the answers.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var answers = (Get<IEnumerable<object?>>(input, "answers") ?? [])
                    .OfType<IDictionary<string, object?>>()
                    .Select(a => new SurveyAnswer { QuestionId = Get<string>(a, "questionId") ?? "", Score = Get<int?>(a, "score"), Text = Get<string>(a, "text") })
                    .ToList();
                return await c.Service<SurveyService>().AnswerAsync(Get<string>(input, "token"), answers, c.OrganizationId(), c.CancellationToken);
            });
    }
}
