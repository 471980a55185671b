namespace HelpDesk.Sdk.Domain;

/// <summary>A caller's answers to a survey sent for a ticket.</summary>
public sealed record SurveyResponse
{
    /// <summary>Gets the response's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that sent the survey.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket the survey was about.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the id of the survey definition answered.</summary>
    public required string SurveyId { get; init; }

    /// <summary>Gets the answers, one per question answered.</summary>
    public required IReadOnlyList<SurveyAnswer> Answers { get; init; }

    /// <summary>Gets when the caller answered.</summary>
    public required DateTimeOffset AnsweredAt { get; init; }
}
