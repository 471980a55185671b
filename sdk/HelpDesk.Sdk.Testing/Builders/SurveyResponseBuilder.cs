using HelpDesk.Sdk.Domain;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// Builds a caller's <see cref="SurveyResponse"/>. Answers use the question ids of the first-party survey:
/// <c>csat</c> (1 to 5), <c>nps</c> (0 to 10) and <c>comment</c> (free text).
/// </summary>
public sealed class SurveyResponseBuilder
{
    private readonly List<SurveyAnswer> answers = [];
    private string id = "response-1";
    private string organizationId = TestDefaults.OrganizationId;
    private string ticketId = "ticket-1";
    private string surveyId = "helpdesk.csat-nps";
    private DateTimeOffset answeredAt = TestDefaults.Now;

    /// <summary>Sets the response's id.</summary>
    /// <param name="value">The id.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder WithId(string value) => Set(() => id = Guard.NotEmpty(value));

    /// <summary>Makes the response answer a survey about a ticket (and belong to the ticket's organisation).</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder ForTicket(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Set(() => (ticketId, organizationId) = (ticket.Id, ticket.OrganizationId));
    }

    /// <summary>Sets the id of the survey answered.</summary>
    /// <param name="value">The survey id.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder ForSurvey(string value) => Set(() => surveyId = Guard.NotEmpty(value));

    /// <summary>Adds a CSAT answer (question <c>csat</c>).</summary>
    /// <param name="score">The score, normally 1 to 5.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder WithCsat(int score) => WithAnswer("csat", score);

    /// <summary>Adds an NPS answer (question <c>nps</c>).</summary>
    /// <param name="score">The score, normally 0 to 10.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder WithNps(int score) => WithAnswer("nps", score);

    /// <summary>Adds a free-text answer (question <c>comment</c>).</summary>
    /// <param name="text">What the caller wrote.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder WithComment(string text) => WithAnswer("comment", null, Guard.NotNull(text));

    /// <summary>Adds an answer to any question.</summary>
    /// <param name="questionId">The question's id.</param>
    /// <param name="score">The score, if the question is scored.</param>
    /// <param name="text">The text, if the question takes text.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder WithAnswer(string questionId, int? score, string? text = null) =>
        Set(() => answers.Add(new SurveyAnswer { QuestionId = Guard.NotEmpty(questionId), Score = score, Text = text }));

    /// <summary>Sets when the caller answered.</summary>
    /// <param name="value">The time.</param>
    /// <returns>This builder.</returns>
    public SurveyResponseBuilder AnsweredAt(DateTimeOffset value) => Set(() => answeredAt = value);

    /// <summary>Creates the response.</summary>
    /// <returns>The response.</returns>
    public SurveyResponse Build() => new()
    {
        Id = id,
        OrganizationId = organizationId,
        TicketId = ticketId,
        SurveyId = surveyId,
        Answers = [.. answers],
        AnsweredAt = answeredAt,
    };

    private SurveyResponseBuilder Set(Action change)
    {
        change();
        return this;
    }
}
