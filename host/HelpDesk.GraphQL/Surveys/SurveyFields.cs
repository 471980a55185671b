using GraphQL;
using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Surveys;
using HelpDesk.GraphQL.Mutations;
using HelpDesk.GraphQL.Schema;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

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
                var ticketId = GlobalId.DecodeFor(TicketType.TypeName, input.GetValueOrDefault("ticketId") as string);
                if (ticketId is null)
                {
                    return OperationResult<ResolvedTicket>.Failure([UserError.ForInput("ticketId", "No ticket with this id exists in your organisation.", UserErrorCode.NotFound)]);
                }

                return await c.Service<TicketResolution>().ResolveAsync(
                    c.OrganizationId(), ticketId, input.GetValueOrDefault("expectedVersion") as int?, input.GetValueOrDefault("firstContact") as bool? ?? false, c.ActorId(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<AnswerSurveyPayloadType>, OperationResult<SurveyResponse>>("answerSurvey")
            .Description("Records a caller's answers to a survey of this organisation. Callers without an API key answer at the link's own page (GET/POST /surveys/{token}).")
            .Argument<NonNullGraphType<AnswerSurveyInputType>>("input", "The token and the answers.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var answers = (input.GetValueOrDefault("answers") as IEnumerable<object?> ?? [])
                    .OfType<IDictionary<string, object?>>()
                    .Select(a => new SurveyAnswer { QuestionId = Value(a, "questionId") as string ?? "", Score = Value(a, "score") as int?, Text = Value(a, "text") as string })
                    .ToList();
                return await c.Service<SurveyService>().AnswerAsync(input.GetValueOrDefault("token") as string, answers, c.OrganizationId(), c.CancellationToken);
            });
    }

    private static object? Value(IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var value) ? value : null;
}
