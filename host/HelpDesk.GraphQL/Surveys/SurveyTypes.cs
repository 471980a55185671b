using GraphQL.Types;
using HelpDesk.Engine.Surveys;
using HelpDesk.GraphQL.Scalars;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Surveys;

namespace HelpDesk.GraphQL.Surveys;

/// <summary>The kinds of survey questions.</summary>
internal sealed class SurveyQuestionKindEnum : EnumerationGraphType<SurveyQuestionKind>
{
    public SurveyQuestionKindEnum()
    {
        Name = "SurveyQuestionKind";
        Description = "What a survey question asks for: a CSAT score (1 to 5), an NPS score (0 to 10) or free text.";
    }
}

/// <summary>A survey question.</summary>
internal sealed class SurveyQuestionType : ObjectGraphType<SurveyQuestion>
{
    public SurveyQuestionType()
    {
        Name = "SurveyQuestion";
        Description = "One question of a survey.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The question's id, named by an answer.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<SurveyQuestionKindEnum>>("kind").Description("What the question asks for.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The question as the caller reads it.").Resolve(c => c.Source.Text);
    }
}

/// <summary>An answer to a survey question.</summary>
internal sealed class SurveyAnswerType : ObjectGraphType<SurveyAnswer>
{
    public SurveyAnswerType()
    {
        Name = "SurveyAnswer";
        Description = "The caller's answer to one question.";
        Field<NonNullGraphType<StringGraphType>>("questionId").Description("The question answered.").Resolve(c => c.Source.QuestionId);
        Field<IntGraphType>("score").Description("The score, for CSAT and NPS questions.").Resolve(c => c.Source.Score);
        Field<StringGraphType>("text").Description("The text, for free-text questions.").Resolve(c => c.Source.Text);
    }
}

/// <summary>A survey response.</summary>
internal sealed class SurveyResponseType : ObjectGraphType<SurveyResponse>
{
    public SurveyResponseType()
    {
        Name = "SurveyResponse";
        Description = "The caller's answers to a survey.";
        Field<NonNullGraphType<DateTimeScalar>>("answeredAt").Description("When the caller answered.").Resolve(c => c.Source.AnsweredAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyAnswerType>>>>("answers").Description("The answers, in the order given.").Resolve(c => c.Source.Answers);
    }
}

/// <summary>A survey sent about a ticket.</summary>
internal sealed class SurveyType : ObjectGraphType<SurveyView>
{
    public SurveyType()
    {
        Name = "Survey";
        Description = "A survey sent to the caller about a ticket, with the answers once given.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The survey's title.").Resolve(c => c.Source.Invitation.Survey.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyQuestionType>>>>("questions").Description("The questions.").Resolve(c => c.Source.Invitation.Survey.Questions);
        Field<NonNullGraphType<StringGraphType>>("pluginId").Description("The plugin that planned the survey.").Resolve(c => c.Source.Invitation.PluginId);
        Field<NonNullGraphType<DateTimeScalar>>("sentAt").Description("When the survey was made.").Resolve(c => c.Source.Invitation.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Description("When its link stops working.").Resolve(c => c.Source.Invitation.ExpiresAt);
        Field<SurveyResponseType>("response").Description("The caller's answers; null while unanswered.").Resolve(c => c.Source.Response);
    }
}

/// <summary>A survey link, shown once.</summary>
internal sealed class SurveyLinkType : ObjectGraphType<SurveyLink>
{
    public SurveyLinkType()
    {
        Name = "SurveyLink";
        Description = "The survey to send the caller. The link is shown this once and cannot be read again; it works once, until it expires.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The link to send the caller (from HelpDesk:Surveys:LinkTemplate).").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("token").Description("The token in the link, for portals that answer with answerSurvey.").Resolve(c => c.Source.Token);
        Field<NonNullGraphType<SurveyType>>("survey").Description("The survey.").Resolve(c => new SurveyView(c.Source.Invitation, null));
    }
}
