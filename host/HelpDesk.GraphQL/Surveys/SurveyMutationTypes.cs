using GraphQL.Types;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Surveys;
using HelpDesk.GraphQL.Types;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Surveys;

/// <summary>The result of resolveTicket: the ticket and, when a survey plugin planned one, the survey link.</summary>
internal sealed class ResolveTicketPayloadType : ObjectGraphType<OperationResult<ResolvedTicket>>
{
    public ResolveTicketPayloadType()
    {
        Name = "ResolveTicketPayload";
        Description = "The result of resolveTicket.";
        Field<TicketType>("ticket").Description("The ticket after the change; null when there are user errors.").Resolve(c => c.Source.Value?.Ticket);
        Field<SurveyLinkType>("survey").Description("The survey to send the caller, shown only here; null when no survey plugin planned one.").Resolve(c => c.Source.Value?.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the input; empty on success.").Resolve(c => c.Source.Errors);
    }
}

/// <summary>One answer given.</summary>
internal sealed class SurveyAnswerInputType : InputObjectGraphType
{
    public SurveyAnswerInputType()
    {
        Name = "SurveyAnswerInput";
        Description = "The answer to one question.";
        Field<NonNullGraphType<StringGraphType>>("questionId").Description("The question's id.");
        Field<IntGraphType>("score").Description("The score: 1 to 5 for CSAT, 0 to 10 for NPS.");
        Field<StringGraphType>("text").Description("The text, for a free-text question (at most 2000 characters).");
    }
}

/// <summary>The input of answerSurvey.</summary>
internal sealed class AnswerSurveyInputType : InputObjectGraphType
{
    public AnswerSurveyInputType()
    {
        Name = "AnswerSurveyInput";
        Description = "A caller's answers to a survey, for portals that collect them with their own form.";
        Field<NonNullGraphType<StringGraphType>>("token").Description("The token from the survey link.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyAnswerInputType>>>>("answers").Description("The answers; questions left out stay unanswered.");
    }
}

/// <summary>The result of answerSurvey.</summary>
internal sealed class AnswerSurveyPayloadType : ObjectGraphType<OperationResult<SurveyResponse>>
{
    public AnswerSurveyPayloadType()
    {
        Name = "AnswerSurveyPayload";
        Description = "The result of answerSurvey.";
        Field<SurveyResponseType>("response").Description("The stored answers; null when there are user errors.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors").Description("Problems with the token or the answers; empty on success.").Resolve(c => c.Source.Errors);
    }
}
